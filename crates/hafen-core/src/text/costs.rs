//! Cost bills in words: what a line pays for, where its price comes from, what the table lacks,
//! and amounts of money in the reader's language (`€80 – €140`, `80–140 €`).

use super::{entry, key, Key, Words};
use crate::costs::{Currency, Item, Missing, Money, Source, Span};
use crate::say;
use crate::topology::PlatformKind;

/// Decimals Hafen shows for an amount: none for whole amounts and from 100 up, else two.
fn decimals(v: f64) -> usize {
    if v.fract().abs() < 0.005 || v >= 100.0 {
        0
    } else {
        2
    }
}

/// A figure that may be a range, as a number ("20–40", "12,50").
pub fn span(w: &Words, s: Span) -> String {
    if (s.hi - s.lo).abs() < 0.005 {
        w.number(s.lo, decimals(s.lo))
    } else {
        format!("{}–{}", w.number(s.lo, decimals(s.lo)), w.number(s.hi, decimals(s.hi)))
    }
}

/// An amount in one currency, maybe a range ("€80 – €140", "80–140 €").
pub fn amount(w: &Words, s: Span, currency: Currency) -> String {
    let lang = w.lang();
    if (s.hi - s.lo).abs() < 0.005 {
        lang.money(s.lo, decimals(s.lo), currency.code())
    } else {
        lang.money_range(s.lo, s.hi, decimals(s.lo).max(decimals(s.hi)), currency.code())
    }
}

/// An amount in EUR and USD kept apart ("€20 + $73"), or in EUR when a rate (USD per EUR) is
/// given.
pub fn money(w: &Words, m: Money, usd_per_eur: Option<f64>) -> String {
    if let (Some(r), true) = (usd_per_eur, m.usd.hi > 0.0 && m.eur.hi > 0.0) {
        if let Some(e) = m.in_eur(Some(r)) {
            return amount(w, e, Currency::Eur);
        }
    }
    match (m.eur.hi > 0.0, m.usd.hi > 0.0) {
        (true, true) => say!(w, "money-both", eur = amount(w, m.eur, Currency::Eur), usd = amount(w, m.usd, Currency::Usd)),
        (false, true) => amount(w, m.usd, Currency::Usd),
        _ => amount(w, m.eur, Currency::Eur),
    }
}

/// What a bill line pays for, e.g. "3 × Hetzner cx23 (2 vCPU / 4 GB) (worker nodes)".
pub fn item(w: &Words, i: &Item) -> String {
    match i {
        Item::Host => say!(w, "cost-item-host"),
        Item::HostOffer(offer) => say!(w, "cost-item-host-offer", offer = offer),
        Item::Workers(n, offer) => say!(w, "cost-item-workers", count = n, offer = offer),
        Item::SelfManagedControlPlane(n, offer) => say!(w, "cost-item-control-plane", count = n, offer = offer),
        Item::ManagedControlPlane => say!(w, "cost-item-managed-control-plane"),
        Item::LoadBalancer => say!(w, "cost-item-load-balancer"),
        Item::GpuNodes(n) => say!(w, "cost-item-gpu", count = n),
        Item::BlockStorage(gib) => say!(w, "cost-item-block-storage", gib = gib),
        Item::PersistentVolumes => say!(w, "cost-item-persistent-volumes"),
    }
}

/// Where a line's price comes from (a price table's citation is quoted as it is).
pub fn source(w: &Words, s: &Source) -> String {
    match s {
        Source::Table(id) => table_source(w, id),
        Source::NoOfferFits(cpu, gib) => say!(w, "cost-source-no-offer-fits", cpu = w.number(*cpu, 1), gib = w.number(*gib, 1)),
        Source::OwnMachines => say!(w, "cost-source-own-machines"),
    }
}

/// Each price table's id and its messages: its name, and where its figures come from.
const TABLES: [(&str, [Key; 2]); 6] = [
    ("design-docs", [key("price-design-docs"), key("price-design-docs-source")]),
    ("hetzner", [key("price-hetzner"), key("price-hetzner-source")]),
    ("aws-eks", [key("price-aws-eks"), key("price-aws-eks-source")]),
    ("gke", [key("price-gke"), key("price-gke-source")]),
    ("aks", [key("price-aks"), key("price-aks-source")]),
    ("digitalocean", [key("price-digitalocean"), key("price-digitalocean-source")]),
];

/// A price table's name.
pub fn table_label(w: &Words, id: &str) -> String {
    w.say(entry(&TABLES, id)[0], &[])
}

/// Where a price table's figures come from.
pub fn table_source(w: &Words, id: &str) -> String {
    w.say(entry(&TABLES, id)[1], &[])
}

/// A figure the price table lacks.
pub fn missing(w: &Words, m: Missing) -> String {
    match m {
        Missing::VmPrice => say!(w, "cost-missing-vm"),
        Missing::NodePrice => say!(w, "cost-missing-node"),
        Missing::ControlPlaneNodePrice => say!(w, "cost-missing-control-plane-node"),
        Missing::ManagedControlPlaneFee => say!(w, "cost-missing-managed-fee"),
        Missing::LoadBalancer => say!(w, "cost-missing-load-balancer"),
        Missing::GpuNode => say!(w, "cost-missing-gpu"),
        Missing::BlockStorage => say!(w, "cost-missing-block-storage"),
    }
}

/// Where each platform's people figures come from.
pub fn people_source(w: &Words, platform: PlatformKind) -> String {
    match platform {
        PlatformKind::Compose => say!(w, "cost-people-compose"),
        PlatformKind::Swarm => say!(w, "cost-people-swarm"),
        PlatformKind::Kubernetes => say!(w, "cost-people-kubernetes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;

    #[test]
    fn every_price_table_has_its_words_and_english_quotes_its_citation() {
        for t in crate::costs::price_tables() {
            assert_eq!(table_label(&crate::text::EN, t.id), t.label, "{}", t.id);
            assert_eq!(table_source(&crate::text::EN, t.id).replace('\u{a0}', " "), t.source, "{}", t.id);
        }
    }

    #[test]
    fn money_as_each_language_writes_it() {
        let en = crate::text::EN;
        let range = Money::of(Span::range(80.0, 140.0), Currency::Eur);
        assert_eq!(money(&en, range, None), "€80 – €140");
        let both = Money::of(Span::fixed(20.0), Currency::Eur).plus(Money::of(Span::fixed(73.0), Currency::Usd));
        assert_eq!(money(&en, both, None), "€20 + $73");
        assert_eq!(money(&en, both, Some(1.25)), "€78.40");
        let de = Words::read(Lang::from_tag("de").expect("de"), &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/de.ftl")).expect("de.ftl")).expect("reads");
        assert_eq!(money(&de, range, None), "80–140\u{a0}€");
        assert_eq!(money(&de, Money::of(Span::fixed(1234.6), Currency::Eur), None), "1.235\u{a0}€");
        assert_eq!(span(&de, Span::range(2.5, 4.0)), "2,50–4");
    }
}
