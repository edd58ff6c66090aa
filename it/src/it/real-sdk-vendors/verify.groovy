import groovy.json.JsonSlurper

// Every realistic call of a real SDK (builder, static factory, lambda, method reference,
// anonymous and inner class, default method, injected client, AI-service proxy), every raw
// java.net.http call to a vendor host and the host in application.properties is reported, once
// per element and target with its first line and count; the look-alikes (Controls, the own
// package com.openaitools, notes.txt) and the declared twin (DeclaredDrafts, voices.yaml beside
// it) are not.
def lines = new File(basedir, 'build.log').text.readLines()
def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))

def expected = [
    'application.properties -> api.elevenlabs.io @2 x2',
    'AnthropicDrafts#draft(java.lang.String) -> com.anthropic.models.messages.MessageCreateParams#builder() @15 x1',
    'AnthropicDrafts#draft(java.lang.String) -> com.anthropic.models.messages.MessageCreateParams$Builder#model(java.lang.String) @16 x1',
    'AnthropicDrafts#draft(java.lang.String) -> com.anthropic.models.messages.MessageCreateParams$Builder#maxTokens(long) @17 x1',
    'AnthropicDrafts#draft(java.lang.String) -> com.anthropic.models.messages.MessageCreateParams$Builder#addUserMessage(java.lang.String) @18 x1',
    'AnthropicDrafts#draft(java.lang.String) -> com.anthropic.models.messages.MessageCreateParams$Builder#build() @19 x1',
    'AnthropicDrafts#draft(java.lang.String) -> com.anthropic.client.AnthropicClient#messages() @20 x1',
    'AnthropicDrafts#draft(java.lang.String) -> com.anthropic.models.messages.Message#toString() @20 x1',
    'AnthropicDrafts#draft(java.lang.String) -> com.anthropic.services.blocking.MessageService#create(com.anthropic.models.messages.MessageCreateParams) @20 x1',
    'AssistantUser#adapt(java.lang.String) -> com.example.it.vendors.DubbingAssistant#adapt(java.lang.String) @20 x1',
    'AssistantUser#chatAll(dev.langchain4j.model.chat.ChatModel,java.util.List) -> dev.langchain4j.model.chat.ChatModel#chat(java.lang.String) @24 x1',
    'AssistantUser#create(dev.langchain4j.model.chat.ChatModel) -> dev.langchain4j.service.AiServices#create(java.lang.Class,dev.langchain4j.model.chat.ChatModel) @16 x1',
    'AzureTagger$1#run() -> com.azure.ai.openai.OpenAIClientBuilder#<init>() @11 x1',
    'AzureTagger$1#run() -> openai.azure.com @11 x1',
    'AzureTagger$1#run() -> com.azure.ai.openai.OpenAIClientBuilder#endpoint(java.lang.String) @12 x1',
    'AzureTagger$1#run() -> com.azure.ai.openai.OpenAIClientBuilder#buildClient() @13 x1',
    'BedrockAgents#models() -> software.amazon.awssdk.services.bedrock.BedrockClient#create() @16 x1',
    'BedrockAgents#models() -> software.amazon.awssdk.services.bedrock.BedrockClient#listFoundationModels(java.util.function.Consumer) @16 x1',
    'BedrockAgents$Retriever#retrieve(java.lang.String) -> software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeClient#create() @10 x1',
    'BedrockAgents$Retriever#retrieve(java.lang.String) -> software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeClient#retrieve(java.util.function.Consumer) @11 x1',
    'BedrockAgents$Retriever#retrieve(java.lang.String) -> software.amazon.awssdk.services.bedrockagentruntime.model.RetrieveRequest$Builder#knowledgeBaseId(java.lang.String) @11 x1',
    'BedrockConverse#converse() -> software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient#create() @8 x1',
    'BedrockConverse#converse() -> software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient#converse(java.util.function.Consumer) @9 x1',
    'BedrockConverse#converse() -> software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest$Builder#modelId(java.lang.String) @9 x1',
    'GeminiBatch#tagAll(java.util.List) -> com.google.genai.Client#<init>() @9 x1',
    'GeminiBatch#tagAll(java.util.List) -> com.google.genai.Client#models @10 x1',
    'GeminiBatch#tagAll(java.util.List) -> com.google.genai.Models#generateContent(java.lang.String,java.lang.String,com.google.genai.types.GenerateContentConfig) @10 x1',
    'OpenAiQuick#client() -> com.openai.client.okhttp.OpenAIOkHttpClient#fromEnv() @9 x1',
    'OtherSdks#assemblyAi() -> com.assemblyai.api.AssemblyAI#builder() @45 x1',
    'OtherSdks#cohere() -> com.cohere.api.Cohere#builder() @41 x1',
    'OtherSdks#djl() -> ai.djl.modality.nlp.generate.SearchConfig#<init>() @15 x1',
    'OtherSdks#djl() -> ai.djl.modality.nlp.generate.SearchConfig#setMaxSeqLength(int) @16 x1',
    'OtherSdks#mcpSampling() -> io.modelcontextprotocol.spec.McpSchema$CreateMessageRequest#builder() @21 x1',
    'OtherSdks#mcpSampling() -> io.modelcontextprotocol.spec.McpSchema$CreateMessageRequest$Builder#build() @21 x1',
    'OtherSdks#mcpSampling() -> io.modelcontextprotocol.spec.McpSchema$CreateMessageRequest$Builder#systemPrompt(java.lang.String) @21 x1',
    'OtherSdks#ollama() -> io.github.ollama4j.Ollama#<init>() @33 x1',
    'OtherSdks#ollama() -> io.github.ollama4j.Ollama#ping() @33 x1',
    'OtherSdks#semanticKernel() -> com.microsoft.semantickernel.Kernel#builder() @37 x1',
    'OtherSdks#semanticKernel() -> com.microsoft.semantickernel.Kernel$Builder#build() @37 x1',
    'OtherSdks#simpleOpenAi() -> io.github.sashirestela.openai.SimpleOpenAI#builder() @25 x1',
    'OtherSdks#theokanning() -> com.theokanning.openai.service.OpenAiService#<init>(java.lang.String) @29 x1',
    'RawHttp#anthropicUpperCase() -> api.anthropic.com @36 x1',
    'RawHttp#azureSpeech() -> cognitiveservices.azure.com @35 x1',
    'RawHttp#bfl() -> api.bfl.ai @27 x1',
    'RawHttp#deepgram() -> api.deepgram.com @31 x1',
    'RawHttp#deepseek() -> api.deepseek.com @19 x1',
    'RawHttp#fal() -> fal.run @33 x1',
    'RawHttp#firefly() -> firefly-api.adobe.io @30 x1',
    'RawHttp#gemini() -> generativelanguage.googleapis.com @37 x1',
    'RawHttp#groq() -> api.groq.com @20 x1',
    'RawHttp#heygen() -> api.heygen.com @34 x1',
    'RawHttp#huggingFace() -> router.huggingface.co @24 x1',
    'RawHttp#localOllama() -> localhost:11434 @38 x1',
    'RawHttp#luma() -> api.lumalabs.ai @29 x1',
    'RawHttp#mistral() -> api.mistral.ai @18 x1',
    'RawHttp#openRouter() -> openrouter.ai @22 x1',
    'RawHttp#perplexity() -> api.perplexity.ai @25 x1',
    'RawHttp#replicate() -> api.replicate.com @32 x1',
    'RawHttp#runway() -> api.dev.runwayml.com @28 x1',
    'RawHttp#stability() -> api.stability.ai @26 x1',
    'RawHttp#together() -> api.together.xyz @23 x1',
    'RawHttp#xai() -> api.x.ai @21 x1',
    'SpringAiSummaries#summarise(java.lang.String) -> org.springframework.ai.chat.client.ChatClient#prompt() @14 x1',
    'SpringAiSummaries#summarise(java.lang.String) -> org.springframework.ai.chat.client.ChatClient$CallResponseSpec#content() @14 x1',
    'SpringAiSummaries#summarise(java.lang.String) -> org.springframework.ai.chat.client.ChatClient$ChatClientRequestSpec#call() @14 x1',
    'SpringAiSummaries#summarise(java.lang.String) -> org.springframework.ai.chat.client.ChatClient$ChatClientRequestSpec#user(java.lang.String) @14 x1',
    'Storyboards#frame(java.lang.String) -> com.google.cloud.vertexai.VertexAI#<init>(java.lang.String,java.lang.String) @10 x1',
    'Storyboards#frame(java.lang.String) -> com.google.cloud.vertexai.api.GenerateContentResponse#toString() @11 x1',
    'Storyboards#frame(java.lang.String) -> com.google.cloud.vertexai.generativeai.GenerativeModel#<init>(java.lang.String,com.google.cloud.vertexai.VertexAI) @11 x1',
    'Storyboards#frame(java.lang.String) -> com.google.cloud.vertexai.generativeai.GenerativeModel#generateContent(java.lang.String) @11 x1',
    'VertexPredictions#warmUp() -> com.google.cloud.aiplatform.v1.PredictionServiceClient#create() @9 x1',
    'VertexPredictions#warmUp() -> com.google.cloud.aiplatform.v1.PredictionServiceClient#close() @10 x1'
]
def actual = report.undeclared.collect {
  "${it.element.replace('com.example.it.vendors.', '')} -> ${it.target} @${it.line} x${it.count}".toString()
}
assert actual == expected
assert report.summary.undeclared == 72
assert report.undeclared*.via.unique() == ['']

// What the report vouches for: the jar that ships, its digest, what was read.
assert report.scope.source == 'real-sdk-vendors-1.0.jar'
def jar = new File(basedir, 'target/real-sdk-vendors-1.0.jar')
assert report.scope.sha256 == java.security.MessageDigest.getInstance('SHA-256').digest(jar.bytes).encodeHex().toString()
assert report.scope.classes == 19
assert report.scope.resources == 3 // application.properties, notes.txt, voices.yaml

// The real Vertex AI platform jar is a GenAI SDK on the class path too (its marker package).
assert report.dependencies.find { it.artifactId == 'google-cloud-aiplatform' }.vendor == 'Google (Vertex AI)'

// The look-alikes are no call.
assert !actual.any { it =~ /Controls|openaitools|notes\.txt|voices\.yaml|DeclaredDrafts|s3\./ }

// 1 and 2 fail on the same calls; 2 says the jar, not the other directory, was read.
assert lines.count { it.contains('GenAI guidelines check failed: 72 undeclared GenAI calls.') } == 2
assert lines.count { it == '[WARNING] guidelines.classesDirectory is set to target/elsewhere, but real-sdk-vendors ships real-sdk-vendors-1.0.jar: the GenAI scan reads the jar, which is what ships' } == 2
assert lines.count { it.startsWith('[INFO] GenAI guidelines: 1 use in 19 classes of target/real-sdk-vendors-1.0.jar,') } == 2
assert lines.any { it.startsWith('[ERROR] application.properties: [GAI301] call in application.properties: calls api.elevenlabs.io') }
return true
