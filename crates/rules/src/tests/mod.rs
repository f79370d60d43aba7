//! Tests that reach inside the rules (the engine's context, the tax tables,
//! the month planner's parts). Tests of the public API are in `tests/` of the
//! crate and of the workspace root.

mod month_in_cents;
mod months_props;
mod months_steady;
mod net_wage;
mod prepared;
mod properties;
mod toeslagen;
mod toeslagen_props;
mod trace_sums;
