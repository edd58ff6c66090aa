/** Marketing tools: every GenAI call in this package drafts taglines for the trailer team. */
@GenAiUse(
    id = "trailer-taglines",
    tool = "openai-enterprise",
    purpose = "Suggests tagline ideas for trailer cuts, for the marketing writers to pick from.",
    output = Output.TEMPORARY,
    inputs = DataInput.NONE,
    creates = Creates.IDEATION)
package com.example.it.marketing;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
