//! The side effects `update` asks for: the only writes there are, each one asked for by
//! the person, carried out by the event loop (`crate::effects`).

use crate::config::SettingValue;
use crate::selfcheck::Answers;
use crate::store::Place;

/// Work with side effects that `update` asks for and the event loop carries out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write a summary of these self-check answers to a new file. The date is put in by
    /// the event loop: reading the clock is not `update`'s business.
    SaveSummary(Answers),
    /// Counselor: write a handout of these sections (indexes), the crisis resources, and
    /// the self-check results when the counselor said yes to including them.
    SaveHandout {
        sections: Vec<usize>,
        answers: Option<Answers>,
        /// The plan, when the counselor said yes to including it.
        plan: Option<[Vec<String>; 7]>,
    },
    /// Personal: save one setting to the config file.
    SaveSetting(&'static str, SettingValue),
    /// Personal, "remember my place" on: save where the person is.
    SavePlace(Place),
    /// "Remember my place" turned off: delete the saved place.
    ForgetPlace,
    /// Personal, "Save my plan": write the plan, one list of lines a step.
    SavePlan([Vec<String>; 7]),
    /// Personal, "Delete my plan" (after a yes): remove the saved plan.
    DeletePlan,
}
