package com.example.it.vendors;

import com.google.cloud.aiplatform.v1.PredictionServiceClient;
import java.io.IOException;

/** Static factory style on the Vertex AI platform client (com.google.cloud.aiplatform). */
public final class VertexPredictions {
  public void warmUp() throws IOException {
    PredictionServiceClient client = PredictionServiceClient.create(); // aiplatform-create
    client.close(); // aiplatform-close
  }
}
