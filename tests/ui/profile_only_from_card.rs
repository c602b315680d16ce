use bedrock_model_id::model_id;

// The listings cannot tell (every region listing GPT-6 Sol on demand is one where Bedrock
// Mantle serves it, and the dataset marks `ON_DEMAND` there), but AWS's model card says the
// base ID cannot be called in-Region: the bare ID is an error naming the profiles.
fn main() {
    let _ = model_id!("openai.gpt-6-sol");
}
