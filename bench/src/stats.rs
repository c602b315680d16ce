//! Samples and what is computed from them: medians, extremes, cost per call over a baseline.

/// One timed build.
#[derive(Clone, Copy, Debug)]
pub struct Sample {
    /// Wall time, in seconds.
    pub wall: f64,
    /// User and system time of cargo and the compilers it ran, in seconds, where the system
    /// tells it.
    pub cpu: Option<f64>,
}

/// Which time of a [`Sample`].
#[derive(Clone, Copy, Debug)]
pub enum Metric {
    Wall,
    Cpu,
}

/// The samples of several crates, by name, each with `calls` items.
pub struct Results {
    pub names: Vec<&'static str>,
    pub samples: Vec<Vec<Sample>>,
    pub calls: usize,
}

impl Results {
    /// Whether every sample has a CPU time.
    pub fn has_cpu(&self) -> bool {
        self.samples.iter().flatten().all(|s| s.cpu.is_some())
    }

    /// The wall times of `name`'s samples.
    pub fn wall(&self, name: &str) -> Vec<f64> {
        self.index(name).map_or_else(Vec::new, |index| {
            self.samples[index].iter().map(|s| s.wall).collect()
        })
    }

    /// The median of `name`'s samples; `None` for a crate left out, or a metric not measured.
    pub fn median(&self, name: &str, metric: Metric) -> Option<f64> {
        let values: Option<Vec<f64>> = self.samples[self.index(name)?]
            .iter()
            .map(|s| match metric {
                Metric::Wall => Some(s.wall),
                Metric::Cpu => s.cpu,
            })
            .collect();
        Some(median(&values?))
    }

    /// µs per call of `name` over `baseline`: the difference of their medians, per call.
    pub fn per_call(&self, name: &str, baseline: &str, metric: Metric) -> Option<f64> {
        let difference = self.median(name, metric)? - self.median(baseline, metric)?;
        Some(difference * 1e6 / as_f64(self.calls))
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| *n == name)
    }
}

/// A count as a float, for averages.
#[allow(clippy::cast_precision_loss)] // counts of calls and bytes stay far below 2^52
pub fn as_f64(count: usize) -> f64 {
    count as f64
}

/// The median; NaN for no samples.
pub fn median(samples: &[f64]) -> f64 {
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        sorted[n / 2]
    } else {
        f64::midpoint(sorted[n / 2 - 1], sorted[n / 2])
    }
}

pub fn min(samples: &[f64]) -> f64 {
    samples.iter().copied().fold(f64::INFINITY, f64::min)
}

pub fn max(samples: &[f64]) -> f64 {
    samples.iter().copied().fold(f64::NEG_INFINITY, f64::max)
}

#[cfg(test)]
mod tests {
    use super::{Metric, Results, Sample, max, median, min};

    #[test]
    fn medians() {
        assert!((median(&[3.0, 1.0, 2.0]) - 2.0).abs() < f64::EPSILON);
        assert!((median(&[4.0, 1.0, 2.0, 3.0]) - 2.5).abs() < f64::EPSILON);
        assert!(median(&[]).is_nan());
        assert!((min(&[2.0, 1.0]) - 1.0).abs() < f64::EPSILON);
        assert!((max(&[2.0, 1.0]) - 2.0).abs() < f64::EPSILON);
    }

    #[test]
    fn per_call_is_the_difference_of_medians_per_call() {
        let sample = |wall, cpu| Sample { wall, cpu };
        let results = Results {
            names: vec!["lit", "macro"],
            samples: vec![
                vec![sample(1.0, Some(1.0)), sample(1.2, Some(1.0))],
                vec![sample(3.0, Some(2.0)), sample(3.2, None)],
            ],
            calls: 1000,
        };
        let per_call = results
            .per_call("macro", "lit", Metric::Wall)
            .unwrap_or(0.0);
        assert!((per_call - 2000.0).abs() < 1e-6, "{per_call}");
        assert_eq!(results.per_call("macro", "lit", Metric::Cpu), None);
        assert_eq!(results.per_call("absent", "lit", Metric::Wall), None);
        assert!(!results.has_cpu());
        assert_eq!(results.wall("lit"), [1.0, 1.2]);
    }
}
