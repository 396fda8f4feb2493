//! Contract events (stub; filled in below).

use super::super::{Document, Extractor, Layer, Mentions};

/// The contract-event extractor.
pub struct ContractEvents;

impl Extractor for ContractEvents {
    fn name(&self) -> &'static str {
        "contract_events"
    }

    fn layer(&self) -> Layer {
        Layer::Contracts
    }

    fn extract(&self, _doc: &Document<'_>, _found: &mut Mentions) {}
}
