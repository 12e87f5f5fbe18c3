//! The service over loopback: a real TCP connection, HTTP/1.1 requests,
//! prices from the Python rules, and many requests at once.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Starts the service on a free loopback port.
async fn serve() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, pricing_service::app()).await });
    address
}

/// POSTs `body` to `/quote`; returns the status line and the body.
async fn post(address: std::net::SocketAddr, body: &str) -> (String, String) {
    let mut stream = TcpStream::connect(address).await.unwrap();
    let request = format!(
        "POST /quote HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    let status = response.lines().next().unwrap_or_default().to_string();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn quotes_come_from_the_python_rules() {
    let address = serve().await;
    // CPython gives the same Quote for these items with the same
    // surcharge: 9350 subtotal, 1512 discount, 0 shipping, 1568 tax.
    let order = r#"{"tier": "gold", "zone": "local", "items": [
        {"sku": "tea", "qty": 3, "unit_cents": 450},
        {"sku": "jam", "qty": 25, "unit_cents": 320}]}"#;
    let (status, body) = post(address, order).await;
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(
        body,
        r#"{"subtotal_cents":9350,"discount_cents":1512,"shipping_cents":0,"tax_cents":1568,"total_cents":9406}"#
    );
    // The zone's surcharge comes from the service's Rust table.
    let far = r#"{"tier": "basic", "zone": "abroad", "items": [{"sku": "tea", "qty": 3, "unit_cents": 450}]}"#;
    let (_, body) = post(address, far).await;
    assert_eq!(
        body,
        r#"{"subtotal_cents":1350,"discount_cents":0,"shipping_cents":1200,"tax_cents":510,"total_cents":3060}"#
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn python_exceptions_become_error_responses() {
    let address = serve().await;
    let bad = r#"{"tier": "gold", "zone": "local", "items": [{"sku": "tea", "qty": 0, "unit_cents": 450}]}"#;
    let (status, body) = post(address, bad).await;
    assert_eq!(status, "HTTP/1.1 422 Unprocessable Entity");
    assert_eq!(
        body,
        r#"{"error":"ValueError","message":"tea: quantity must be positive, not 0"}"#
    );
    let vip = r#"{"tier": "vip", "zone": "local", "items": [{"sku": "tea", "qty": 1, "unit_cents": 450}]}"#;
    let (_, body) = post(address, vip).await;
    assert_eq!(
        body,
        r#"{"error":"ValueError","message":"unknown tier 'vip'"}"#
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_requests_at_once_on_many_threads() {
    let address = serve().await;
    let requests = (1..=64).map(|qty| {
        tokio::spawn(async move {
            let order = format!(
                r#"{{"tier": "silver", "zone": "local", "items": [{{"sku": "tea", "qty": {qty}, "unit_cents": 1000}}]}}"#
            );
            (qty, post(address, &order).await)
        })
    });
    for request in requests {
        let (qty, (status, body)) = request.await.unwrap();
        assert_eq!(status, "HTTP/1.1 200 OK", "qty {qty}: {body}");
        // silver is 5% off, 20 or more another 5%, 100 or more 10%.
        let unit = if qty >= 20 { 900 } else { 950 };
        assert!(
            body.contains(&format!(r#""subtotal_cents":{}"#, 1000 * qty)),
            "{body}"
        );
        assert!(
            body.contains(&format!(r#""discount_cents":{}"#, (1000 - unit) * qty)),
            "{body}"
        );
    }
}
