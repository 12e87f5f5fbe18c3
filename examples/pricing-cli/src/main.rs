//! `pricing-cli TIER ZONE SKU:QTY:UNIT_CENTS...` prints an order's price,
//! computed by the same Python rules the pricing service uses, compiled in
//! by `include_py!` (no build script).

use std::process::ExitCode;

mod pricing {
    molt_macros::include_py!("../pricing-service/rules/pricing.py");
}

/// What the rules call through `@molt.extern("crate::shipping::surcharge_cents")`.
mod shipping {
    pub fn surcharge_cents(zone: &str) -> i64 {
        if zone == "local" {
            0
        } else {
            500
        }
    }
}

fn parse_item(arg: &str) -> Option<pricing::Item> {
    let mut parts = arg.split(':');
    let item = pricing::Item {
        sku: parts.next()?.to_string(),
        qty: parts.next()?.parse().ok()?,
        unit_cents: parts.next()?.parse().ok()?,
    };
    parts.next().is_none().then_some(item)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: pricing-cli TIER ZONE SKU:QTY:UNIT_CENTS...";
    let [tier, zone, items @ ..] = args.as_slice() else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let Some(items) = items
        .iter()
        .map(|a| parse_item(a))
        .collect::<Option<Vec<_>>>()
    else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    match pricing::quote(&items, tier, zone) {
        Ok(q) => {
            println!("subtotal {:>8}", cents(q.subtotal_cents));
            println!("discount {:>8}", cents(-q.discount_cents));
            println!("shipping {:>8}", cents(q.shipping_cents));
            println!("tax      {:>8}", cents(q.tax_cents));
            println!("total    {:>8}", cents(q.total_cents));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("pricing-cli: {e}");
            ExitCode::FAILURE
        }
    }
}

fn cents(c: i64) -> String {
    let sign = if c < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", c.abs() / 100, c.abs() % 100)
}
