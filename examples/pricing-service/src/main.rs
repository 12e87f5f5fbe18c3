//! `pricing-service [ADDRESS]` serves `POST /quote` (default address
//! 127.0.0.1:3000).

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_string());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!(
        "pricing-service listening on http://{}",
        listener.local_addr()?
    );
    axum::serve(listener, pricing_service::app()).await
}
