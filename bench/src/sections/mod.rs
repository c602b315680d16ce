//! The five sections, each run on its own and returning the lines of the closing summary.

pub mod account;
pub mod binary_size;
pub mod fixed_cost;
pub mod lookup;
pub mod per_invocation;
