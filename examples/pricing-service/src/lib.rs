//! An HTTP pricing service: `POST /quote` with an order in JSON answers
//! with its price, computed by the Python rules in `rules/pricing.py`.

use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

/// The Python rules, as typed Rust functions (written by build.rs).
pub mod pricing {
    molt_rt::include_generated!("pricing");
}

/// The service's own Rust, which the Python rules call through
/// `@molt.extern("crate::shipping::surcharge_cents")`.
pub mod shipping {
    /// The shipping surcharge for a delivery zone, in cents.
    pub fn surcharge_cents(zone: &str) -> i64 {
        match zone {
            "local" => 0,
            "national" => 450,
            _ => 1200,
        }
    }
}

/// Two of the rules written by hand in Rust, as a Rust programmer would:
/// what `cargo bench` compares the generated functions with, across the
/// same crate boundary.
pub mod handwritten {
    /// `shipping_cents` of `rules/pricing.py`.
    pub fn shipping_cents(weight_grams: i64, distance_km: f64, express: bool) -> i64 {
        let parcels = (weight_grams + 499).div_euclid(500);
        let mut cost = (300 + 120 * parcels) as f64 + 0.8 * distance_km;
        if express {
            cost *= 1.5;
        }
        (cost.round_ties_even() as i64).min(5000)
    }

    /// `unit_price_cents` of `rules/pricing.py`.
    pub fn unit_price_cents(unit_cents: i64, qty: i64, tier: &str) -> Result<i64, String> {
        let mut rate = match tier {
            "basic" => 0.0,
            "silver" => 0.05,
            "gold" => 0.12,
            _ => return Err(format!("unknown tier {tier:?}")),
        };
        for (min_qty, extra) in [(100, 0.10), (20, 0.05)] {
            if qty >= min_qty {
                rate += extra;
                break;
            }
        }
        Ok((unit_cents as f64 * (1.0 - rate)).round_ties_even() as i64)
    }
}

#[derive(Debug, Deserialize)]
pub struct OrderRequest {
    pub tier: String,
    pub zone: String,
    pub items: Vec<ItemRequest>,
}

#[derive(Debug, Deserialize)]
pub struct ItemRequest {
    pub sku: String,
    pub qty: i64,
    pub unit_cents: i64,
}

#[derive(Debug, Serialize)]
pub struct QuoteResponse {
    pub subtotal_cents: i64,
    pub discount_cents: i64,
    pub shipping_cents: i64,
    pub tax_cents: i64,
    pub total_cents: i64,
}

#[derive(Debug, Serialize)]
pub struct ErrorResponse {
    /// The Python exception's class, such as `ValueError`.
    pub error: String,
    pub message: String,
}

/// The service's routes.
pub fn app() -> Router {
    Router::new().route("/quote", post(quote))
}

async fn quote(
    Json(order): Json<OrderRequest>,
) -> Result<Json<QuoteResponse>, (StatusCode, Json<ErrorResponse>)> {
    let items: Vec<pricing::Item> = order
        .items
        .into_iter()
        .map(|i| pricing::Item {
            sku: i.sku,
            qty: i.qty,
            unit_cents: i.unit_cents,
        })
        .collect();
    match pricing::quote(&items, &order.tier, &order.zone) {
        Ok(q) => Ok(Json(QuoteResponse {
            subtotal_cents: q.subtotal_cents,
            discount_cents: q.discount_cents,
            shipping_cents: q.shipping_cents,
            tax_cents: q.tax_cents,
            total_cents: q.total_cents,
        })),
        // The rules raise ValueError for an order they refuse.
        Err(e) if e.is_instance_of("ValueError") => Err((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(ErrorResponse {
                error: e.class_name().to_string(),
                message: e.message().to_string(),
            }),
        )),
        Err(e) => Err((
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(ErrorResponse {
                error: e.class_name().to_string(),
                message: e.message().to_string(),
            }),
        )),
    }
}
