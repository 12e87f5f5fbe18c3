mod geo {
    pub fn distance_km(a: f64, b: f64) -> f64 {
        (a - b).abs() * 2.0
    }
}

mod rules {
    molt_rt::include_generated!("rules");
}

use rules::Line;

fn main() {
    let lines = [
        Line { sku: "tea".into(), qty: 2, cents: 350 },
        Line { sku: "jam".into(), qty: 1, cents: 420 },
        Line { sku: "tea".into(), qty: 3, cents: 300 },
    ];
    println!("version {}", rules::VERSION);
    println!("discount {:?}", rules::discount(200.0, "gold"));
    let err = rules::discount(200.0, "platinum").unwrap_err();
    println!("error {} | {} | {} | {}", err.class_name(), err.message(), err.is_instance_of("LookupError"), err);
    println!("counts {:?}", rules::count_skus(&lines).unwrap());
    println!("shipping {:?}", rules::shipping(1.0, 4.0));
    println!("cheapest {:?}", rules::cheapest(&lines).unwrap());
}
