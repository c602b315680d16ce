//! Amazon Bedrock model IDs checked at compile time.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub use bedrock_model_id_core::*;
