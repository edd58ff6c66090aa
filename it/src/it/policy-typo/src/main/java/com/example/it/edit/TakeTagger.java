package com.example.it.edit;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Tags takes for the editors; it would be allowed, were the policy readable. */
@GenAiUse(id = "take-tagging", tool = "studio-gen",
    purpose = "Tags each take with its scene and shot size for the editors.",
    output = Output.TEMPORARY, inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.ANALYSIS)
public record TakeTagger(String scene) {}
