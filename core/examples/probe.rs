use bedrock_model_id_core::*;
fn main() {
    let day = Date::parse(&std::env::args().nth(1).unwrap()).unwrap();
    for input in std::env::args().skip(2) {
        let v = judge(&input, day, None);
        match v.into_result() {
            Ok((i, n)) => println!(
                "OK {:?} {:?}\n   {}",
                i.form(),
                i.model().map(|m| m.id()),
                n.map(|n| n.to_string()).unwrap_or_default()
            ),
            Err(e) => println!("ERR {e}"),
        }
    }
}
