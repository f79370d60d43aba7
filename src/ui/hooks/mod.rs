//! The page's effects, one custom hook per file: what `App` does besides
//! creating the state and wiring the components.

mod use_actions;
mod use_address;
mod use_document_lang;
mod use_hash_change;
mod use_later;
mod use_narrow;
mod use_open;
mod use_remember;

pub use use_actions::{use_actions, Actions};
pub use use_address::use_address;
pub use use_document_lang::use_document_lang;
pub use use_hash_change::use_hash_change;
pub use use_later::{use_later, ALL};
pub use use_narrow::use_narrow;
pub use use_open::use_open;
pub use use_remember::{use_remember, Remember};
