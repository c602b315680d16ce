use bedrock_model_id::model_id;

// Profiles never carry a Provisioned Throughput suffix.
fn main() {
    let _ = model_id!("us.anthropic.claude-3-haiku-20240307-v1:0:48k");
}
