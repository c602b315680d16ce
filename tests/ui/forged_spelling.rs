// The expansion's constructors cannot pair a text with a model it does not name: an ARN
// spelling of Nova Pro's constant whose text holds another ID fails const evaluation.
use bedrock_model_id::ModelId;
use bedrock_model_id::__private::{Form, ids, spelling_of};

const FORGED: ModelId = spelling_of(
    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2:1",
    Form::FoundationModelArn,
    ids::AMAZON_NOVA_PRO_V1_0,
    44,
    255,
);

fn main() {
    let _ = FORGED;
}
