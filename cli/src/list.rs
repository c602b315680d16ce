//! `list`: the catalog's models, their lifecycle, and the ID to call from a region.

use bedrock_model_id::catalog::{data_date, models};
use std::fmt::Write as _;

use bedrock_model_id::{
    catalog::{Availability, Model, OnDemand, ProfilePrefix, Region, RegionOffer},
    lifecycle::{Date, LifecycleRule, Phase},
    verdict::judge,
};

use crate::ListArgs;

fn lifecycle(model: &Model, as_of: Date, region: Option<Region>) -> (Phase, String) {
    let status = model.lifecycle().status_on(as_of, region);
    let rule = status.rule();
    let eol = rule.and_then(LifecycleRule::end_of_life);
    let mut text = match (status.phase(), eol) {
        (Phase::Active, _) => "Active".to_owned(),
        (Phase::Legacy, Some(eol)) => format!("Legacy, EOL {eol}"),
        (Phase::Legacy, None) => "Legacy".to_owned(),
        (Phase::ExtendedAccess, Some(eol)) => format!("Extended access, EOL {eol}"),
        (Phase::ExtendedAccess, None) => "Extended access".to_owned(),
        (Phase::EndOfLife, Some(eol)) => format!("End of life {eol}"),
        (Phase::EndOfLife, None) => "End of life".to_owned(),
    };
    if status.is_regional() {
        text.push_str(" (some regions)");
    }
    (status.phase(), text)
}

/// The exact ID to call `model` by from `region`: bare where served on demand there, else the
/// first geographic profile that routes from there, else the global one.
fn call_from(model: &Model, region: Region) -> Option<String> {
    let availability = model.availability()?;
    let ids = availability.callable_from(region, model.id());
    let bare = ids.iter().find(|id| id.as_str() == model.id());
    let global = format!("{}.", ProfilePrefix::Global);
    bare.or_else(|| ids.iter().find(|id| !id.starts_with(&global)))
        .or_else(|| ids.first())
        .cloned()
}

/// Whether the bare ID is served on demand: in `region` if given, else anywhere.
fn on_demand(model: &Model, region: Option<Region>) -> &'static str {
    let availability = model.availability();
    let answer = match region {
        Some(region) => {
            availability.map(|a| a.offer(region).map_or(OnDemand::No, RegionOffer::on_demand))
        }
        None => availability.map(Availability::on_demand_anywhere),
    };
    match answer {
        Some(OnDemand::Yes) => "yes",
        Some(OnDemand::No) => "no",
        Some(OnDemand::Unknown) | None => "unknown",
    }
}

fn profiles(model: &Model) -> Vec<&'static str> {
    model
        .availability()
        .map(|a| a.profile_prefixes().iter().map(|p| p.as_str()).collect())
        .unwrap_or_default()
}

struct Row {
    model: &'static Model,
    lifecycle: String,
    phase: Phase,
    call: Option<String>,
    callable: bool,
}

/// Lists the models `args` select, as a table or as JSON.
pub fn run(args: &ListArgs) -> Result<u8, String> {
    let as_of = args.when.date();
    let region = args.when.region;
    if let Some(wanted) = &args.provider {
        check_provider(wanted)?;
    }
    let rows = rows(args, as_of, region);
    if args.json {
        print_json(&rows, region);
        return Ok(0);
    }
    print_table(&rows, region);
    eprintln!(
        "{} models, lifecycle as of {as_of}; catalog data date {}",
        rows.len(),
        data_date()
    );
    Ok(0)
}

/// `wanted` must name a provider of the catalog, by name or by ID prefix.
fn check_provider(wanted: &str) -> Result<(), String> {
    if models().any(|m| provider_matches(m, wanted)) {
        return Ok(());
    }
    let mut providers: Vec<_> = models().map(Model::provider).collect();
    providers.sort_unstable();
    providers.dedup();
    Err(format!(
        "unknown provider `{wanted}`; accepted (any case, or the ID prefix such as \
         `anthropic`): {}",
        providers.join(", ")
    ))
}

/// A row per model of the provider asked for (if any), callable ones only with `--callable`.
fn rows(args: &ListArgs, as_of: Date, region: Option<Region>) -> Vec<Row> {
    let mut rows = Vec::new();
    for model in models() {
        if args
            .provider
            .as_ref()
            .is_some_and(|p| !provider_matches(model, p))
        {
            continue;
        }
        let (phase, lifecycle) = lifecycle(model, as_of, region);
        let call = region.and_then(|r| call_from(model, r));
        let accepted = |id: &str| judge(id, as_of, region).into_result().is_ok();
        let callable = match (&call, region) {
            (Some(id), Some(_)) => accepted(id),
            (None, Some(_)) => false,
            (_, None) => {
                accepted(model.id())
                    || profiles(model)
                        .iter()
                        .any(|p| accepted(&format!("{p}.{}", model.id())))
            }
        };
        if args.callable && !callable {
            continue;
        }
        rows.push(Row {
            model,
            lifecycle,
            phase,
            call,
            callable,
        });
    }
    rows
}

fn print_json(rows: &[Row], region: Option<Region>) {
    let items: Vec<_> = rows
        .iter()
        .map(|row| {
            let m = row.model;
            let mut item = serde_json::json!({
                "id": m.id(),
                "provider": m.provider(),
                "model": m.describe(),
                "phase": row.phase.to_string(),
                "lifecycle": row.lifecycle,
                "on_demand": on_demand(m, region),
                "profiles": profiles(m),
                "callable": row.callable,
            });
            if let Some(region) = region {
                item["region"] = region.name().into();
                item["call"] = row.call.clone().into();
            }
            item
        })
        .collect();
    say!("{}", serde_json::to_string_pretty(&items).expect("JSON"));
}

/// Aligned columns; the last is the ID to call from `region`, or the profile prefixes.
fn print_table(rows: &[Row], region: Option<Region>) {
    let last = region.map_or_else(|| "PROFILES".to_owned(), |r| format!("CALL FROM {r}"));
    let mut table = vec![[
        "ID".to_owned(),
        "MODEL".to_owned(),
        "LIFECYCLE".to_owned(),
        "ON DEMAND".to_owned(),
        last,
    ]];
    for row in rows {
        let last = if region.is_some() {
            row.call.clone().unwrap_or_else(|| "-".to_owned())
        } else {
            let p = profiles(row.model);
            if p.is_empty() {
                "-".to_owned()
            } else {
                p.join(" ")
            }
        };
        table.push([
            row.model.id().to_owned(),
            row.model.describe(),
            row.lifecycle.clone(),
            on_demand(row.model, region).to_owned(),
            last,
        ]);
    }
    let mut widths = [0; 5];
    for cells in &table {
        for (width, cell) in widths.iter_mut().zip(cells) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for cells in &table {
        let mut line = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                line.push_str(cell);
            } else {
                let _ = write!(line, "{cell:<width$}  ", width = widths[i]);
            }
        }
        say!("{}", line.trim_end());
    }
}

fn provider_matches(model: &Model, wanted: &str) -> bool {
    model.provider().eq_ignore_ascii_case(wanted)
        || model
            .id()
            .split_once('.')
            .is_some_and(|(prefix, _)| prefix.eq_ignore_ascii_case(wanted))
}
