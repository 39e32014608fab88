//! The compare-form report of a scenario file, as the golden files under `tests/golden/` hold it.
//! Native tests and the browser (wasm) test compare against the same bytes: same scenario and
//! seed ⇒ same report on every target.

use crate::file::parse_scenario;
use crate::report::compare_json;
use crate::scenario::ScenarioError;
use crate::topology::PlatformKind;

/// Runs `source` on Compose, Swarm and Kubernetes and returns the JSON the CLI's `--compare` prints.
pub fn compare_report(source: &str) -> Result<String, ScenarioError> {
    let scenario = parse_scenario(source)?;
    let mut runs = Vec::new();
    let mut notes = Vec::new();
    for kind in PlatformKind::ALL {
        let (sc, n) = scenario.on_platform(kind);
        notes.extend(n);
        let run = crate::simulate(&sc)?;
        runs.push((sc, run));
    }
    Ok(compare_json(&crate::text::EN, &runs, &notes))
}
