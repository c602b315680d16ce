//! Bedrock Mantle: the second inference endpoint (`bedrock-mantle.<region>.api.aws`), serving
//! the `OpenAI` Chat Completions and Responses APIs and the Anthropic Messages API.
//!
//! Its model IDs are not bedrock-runtime model IDs (`openai.gpt-oss-120b` there,
//! `openai.gpt-oss-120b-1:0` on the runtime), so they have their own type, [`MantleModelId`],
//! and their own macro, `mantle_model_id!`; neither type is accepted where the other is
//! expected.

#[rustfmt::skip]
pub mod ids;
mod model_id;

use crate::date::Date;
use crate::error::Error;
use crate::region::Region;
use crate::unverified::Unverified;

pub use crate::catalog::mantle::{
    MantleApi, MantleModel, mantle_model, mantle_models, mantle_twins_of,
};
pub use crate::error::{MantleError, MantleProblem};
pub use model_id::MantleModelId;

/// Judges `input` as a Bedrock Mantle model ID as of `date`, in `region` if given.
///
/// `Ok` carries a warning where the sources cannot tell (a region no listing covers).
///
/// # Errors
///
/// A runtime ID (naming Mantle's ID for the same model where a source gives one), an ID
/// Mantle does not list, one no longer listed on `date`, or one not served in `region`.
pub fn judge_mantle(
    input: &str,
    date: Date,
    region: Option<Region>,
) -> Result<(MantleModelId, Option<Unverified>), Error> {
    crate::mantle_judge::judge_mantle(input, date, region)
        .map(|(model, caveat)| (MantleModelId::of(model), caveat))
}
