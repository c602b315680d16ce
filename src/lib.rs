//! Amazon Bedrock model IDs checked at compile time.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub use bedrock_model_id_core::*;

/// Checks a Bedrock model ID literal at compile time.
#[macro_export]
macro_rules! model_id {
    ($($input:tt)*) => {
        $crate::__private::model_id!($crate, $($input)*)
    };
}

#[doc(hidden)]
pub mod __private {
    pub use bedrock_model_id_core::catalog::generated as models;
    pub use bedrock_model_id_macros::model_id;
}
