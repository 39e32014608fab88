//! A run divided into slices of engine events (how the app keeps its main thread free) is the same
//! run, event for event, as one simulated in a single call.

use hafen_core::presets::{builtin, large_cluster};
use hafen_core::{simulate, PlatformKind, SimDuration, Stepper};

#[test]
fn a_run_in_slices_is_the_run_in_one_go() {
    let large = large_cluster(20, 5, 20, SimDuration::from_hours(1), SimDuration::from_mins(10), SimDuration::from_mins(30));
    for (name, base) in [("feastflow", builtin("feastflow").expect("preset")), ("aima", builtin("aima").expect("preset")), ("large", large)] {
        for kind in PlatformKind::ALL {
            let (sc, _) = base.on_platform(kind);
            let whole = simulate(&sc).expect("valid");
            assert!(name != "large" || whole.events_handled > 100, "{name} on {kind:?}: only {} events", whole.events_handled);
            for slice in [1, 7, 1_000] {
                let mut stepper = Stepper::new(sc.clone()).expect("valid");
                let mut calls = 1;
                while !stepper.advance(slice) {
                    calls += 1;
                }
                assert_eq!(stepper.handled(), whole.events_handled, "{name} on {kind:?} in slices of {slice}");
                assert!(calls as u64 >= whole.events_handled / slice, "{name} on {kind:?}: {calls} calls of {slice}");
                assert!(stepper.finish() == whole, "{name} on {kind:?} in slices of {slice}: a different run (seed {})", sc.seed);
            }
            // Finishing part-way simulates the rest.
            let mut half = Stepper::new(sc.clone()).expect("valid");
            half.advance(whole.events_handled / 2);
            assert!(half.finish() == whole, "{name} on {kind:?} finished half-way");
        }
    }
}

#[test]
fn a_stepper_refuses_what_simulate_refuses() {
    let mut sc = builtin("feastflow").expect("preset");
    sc.duration = SimDuration::ZERO;
    assert_eq!(Stepper::new(sc.clone()).err().map(|e| e.to_string()), simulate(&sc).err().map(|e| e.to_string()));
}

#[test]
fn the_availability_estimate_and_a_monte_carlo_year_in_slices_are_the_same() {
    use hafen_core::availability::{estimate, Estimation, FailureRates};
    use hafen_core::montecarlo::{one_year, YearRun};
    let large = large_cluster(10, 4, 10, SimDuration::from_hours(1), SimDuration::from_mins(10), SimDuration::from_mins(30));
    for base in [builtin("feastflow").expect("preset"), large] {
        for kind in PlatformKind::ALL {
            let (sc, _) = base.on_platform(kind);
            let rates = FailureRates::default();
            let mut e = Estimation::new(sc.clone());
            let mut calls = 0;
            while !e.advance(5) {
                calls += 1;
            }
            assert_eq!(e.progress().0, e.progress().1);
            assert!(calls > 2, "{kind:?}: the estimate took {calls} slices");
            assert_eq!(e.finish().estimate(rates, sc.situation.deploys_per_day), estimate(&sc, rates), "{kind:?}");
            for seed in [1, 7] {
                let mut y = YearRun::new(&sc, rates, seed).expect("has services");
                while !y.advance(500) {}
                assert_eq!(y.finish(), one_year(&sc, rates, seed), "{kind:?}, seed {seed}");
            }
        }
    }
}
