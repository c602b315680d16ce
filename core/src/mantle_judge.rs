//! Judging a Bedrock Mantle model ID: is it one, is it still listed, is it served in a region.

use crate::catalog::mantle::{MantleModel, mantle_model, mantle_models, mantle_twins_of};
use crate::catalog::{self, generated};
use crate::date::Date;
use crate::error::Error;
use crate::error::mantle::{MantleProblem, error};
use crate::parse;
use crate::region::Region;
use crate::suggest;
use crate::unverified::{Uncertainty, Unverified};

/// How many "did you mean" candidates a message lists at most.
const SUGGESTIONS: usize = 3;

/// The runtime model an input names, if it is a bedrock-runtime ID of any form.
fn runtime_model_id(input: &str) -> Option<&'static str> {
    let parsed = parse::parse(input).ok()?;
    let id = parsed.model_id?;
    catalog::entry(id).map(|entry| entry.model().id())
}

/// Judges `input` as a Bedrock Mantle model ID as of `date`, in `region` if given.
///
/// `Ok` carries a warning where the sources cannot tell (a region no listing covers).
///
/// # Errors
///
/// A runtime ID (naming Mantle's ID for the same model where a source gives one), an ID
/// Mantle does not list, one no longer listed on `date`, or one not served in `region`.
pub(crate) fn judge_mantle(
    input: &str,
    date: Date,
    region: Option<Region>,
) -> Result<(&'static MantleModel, Option<Unverified>), Error> {
    let Some(model) = mantle_model(input) else {
        if let Some(runtime) = runtime_model_id(input) {
            let mantle_ids = mantle_twins_of(runtime).map(MantleModel::id).collect();
            return Err(error(
                input,
                None,
                MantleProblem::RuntimeId { mantle_ids },
                date,
            ));
        }
        let wanted = input.trim().to_lowercase();
        let mut scored = suggest::within_reach(&wanted, mantle_models().map(MantleModel::id));
        scored.sort_by_key(|&(distance, id)| {
            (
                distance,
                mantle_model(id).is_some_and(|m| !m.is_still_listed()),
                id,
            )
        });
        let suggestions = scored
            .into_iter()
            .map(|(_, id)| id)
            .take(SUGGESTIONS)
            .collect();
        return Err(error(
            input,
            None,
            MantleProblem::Unknown { suggestions },
            date,
        ));
    };
    if !model.is_still_listed() && date > model.last_listed {
        let problem = MantleProblem::NoLongerListed {
            last_listed: model.last_listed,
        };
        return Err(error(input, Some(model), problem, date));
    }
    let mut caveat = None;
    if let Some(region) = region {
        if !generated::COVERED_REGIONS.contains(&region.name()) {
            caveat = Some(Unverified {
                uncertainty: Uncertainty::RegionNotCovered,
                message: format!(
                    "no source covers {region}: whether Bedrock Mantle serves `{}` ({}) there \
                     is unknown (no listing to {} names the region; it is served in {})",
                    model.id,
                    model.describe(),
                    generated::DATA_DATE,
                    model.regions.join(", ")
                ),
            });
        } else if !model.regions.contains(&region.name()) && date >= model.first_listed {
            return Err(error(
                input,
                Some(model),
                MantleProblem::NotServedIn { region },
                date,
            ));
        }
    }
    Ok((model, caveat))
}
