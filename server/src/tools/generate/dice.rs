//! Reproducible dice: every value is a function of the seed, the row and a salt, so the same
//! seed gives the same province whatever order the phases run in.

fn mix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub(super) struct Dice(u64);

impl Dice {
    pub(super) fn new(seed: u64, row: u64, salt: u64) -> Dice {
        Dice(mix64(seed ^ mix64(row.wrapping_mul(0x1000_0000_01B3) ^ salt)))
    }
    fn next(&mut self) -> u64 {
        self.0 = mix64(self.0);
        self.0
    }
    /// Uniform in [0, 1).
    pub(super) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub(super) fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
    /// A skewed weight: most small, a few large (exponential plus a floor).
    pub(super) fn weight(&mut self) -> f64 {
        0.15 - (1.0 - self.unit()).ln()
    }
}

/// Splits `total` in proportion to `weights` (largest remainder), so the parts sum to `total`.
pub(super) fn apportion(total: u64, weights: &[f64]) -> Vec<u64> {
    let sum: f64 = weights.iter().sum();
    if weights.is_empty() || sum <= 0.0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<f64> = weights.iter().map(|w| w / sum * total as f64).collect();
    let mut parts: Vec<u64> = exact.iter().map(|x| x.floor() as u64).collect();
    let given: u64 = parts.iter().sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = exact[a] - exact[a].floor();
        let rb = exact[b] - exact[b].floor();
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    for &i in order.iter().take(total.saturating_sub(given) as usize) {
        parts[i] += 1;
    }
    parts
}
