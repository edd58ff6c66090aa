package com.example.it.vendors;

import com.openaitools.Helper;
import java.util.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;

/** Look-alikes that are no GenAI call: none of these is reported. */
public final class Controls {
  private static final Logger LOG = Logger.getLogger("controls");

  // See https://platform.openai.com/docs/api-reference for what we do not call.
  String ownPackage() {
    return new Helper().name();
  }

  void logMessage() {
    LOG.info("openai is not called here; neither is bedrock or fal");
  }

  Object storage() {
    return S3Client.create().listBuckets();
  }

  String docs() {
    return "https://platform.openai.com/docs and https://docs.anthropic.com";
  }
}
