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
