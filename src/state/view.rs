//! The session's view: playback speed, the panel in front, what is selected, notices.

use hafen_core::text::message::Message;

/// Playback speed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    /// Real time.
    X1,
    /// Ten simulated seconds per second.
    X10,
    /// A simulated minute per second.
    X60,
}

impl Speed {
    /// Every speed, in menu order.
    pub const ALL: [Speed; 3] = [Speed::X1, Speed::X10, Speed::X60];

    /// Simulated ms per wall-clock ms.
    pub fn factor(self) -> f64 {
        match self {
            Speed::X1 => 1.0,
            Speed::X10 => 10.0,
            Speed::X60 => 60.0,
        }
    }

    /// Label, also the value in menus and `?speed=`.
    pub fn label(self) -> &'static str {
        match self {
            Speed::X1 => "1×",
            Speed::X10 => "10×",
            Speed::X60 => "60×",
        }
    }

    /// The speed for `?speed=10` style values.
    pub fn from_param(p: &str) -> Option<Speed> {
        match p.trim_end_matches(['x', '×']) {
            "1" => Some(Speed::X1),
            "10" => Some(Speed::X10),
            "60" => Some(Speed::X60),
            _ => None,
        }
    }
}

/// Platforms shown at least: Hafen compares. The reducer refuses fewer, the toolbar locks the last ones.
pub const MIN_SHOWN: usize = 2;

/// What the page shows under the toolbar: the platforms, or one part of the economics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    /// The platforms side by side (diagrams, counters, consequences, event logs).
    #[default]
    Platforms,
    /// What each platform costs.
    Costs,
    /// Availability per year and the Monte Carlo years.
    Availability,
    /// The advisor: do we need Kubernetes yet?
    Advisor,
    /// The timings in force and where they come from.
    Timings,
    /// What an operator types on each platform for each action.
    Commands,
    /// The application as a compose file, a stack file and Kubernetes manifests.
    Manifests,
}

impl Panel {
    /// Every panel, in tab order.
    pub const ALL: [Panel; 7] = [Panel::Platforms, Panel::Costs, Panel::Availability, Panel::Advisor, Panel::Commands, Panel::Manifests, Panel::Timings];

    /// Stable id: the tab's data attribute.
    pub fn id(self) -> &'static str {
        match self {
            Panel::Platforms => "platforms",
            Panel::Costs => "costs",
            Panel::Availability => "availability",
            Panel::Advisor => "advisor",
            Panel::Timings => "timings",
            Panel::Commands => "commands",
            Panel::Manifests => "manifests",
        }
    }

    /// The tab's name.
    pub fn label(self, w: &hafen_core::text::Words) -> String {
        use hafen_core::say;
        match self {
            Panel::Platforms => say!(w, "tab-platforms"),
            Panel::Costs => say!(w, "tab-costs"),
            Panel::Availability => say!(w, "tab-availability"),
            Panel::Advisor => say!(w, "tab-advisor"),
            Panel::Timings => say!(w, "tab-timings"),
            Panel::Commands => say!(w, "tab-commands"),
            Panel::Manifests => say!(w, "tab-files"),
        }
    }
}

/// What is selected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// A service (selected through any of its replicas).
    Service(String),
    /// A node by name ("host" stands for the Compose host).
    Node(String),
}

/// A message about where the document came from, shown above the page until dismissed or the
/// document changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The last scenario saved in this browser was restored; saved this long ago [min], if known.
    Restored(Option<u64>),
    /// The link in the address could not be opened.
    BadLink {
        /// Why.
        why: Message,
        /// What the page shows instead.
        instead: Instead,
    },
    /// The scenario saved in this browser could not be read; it was kept aside.
    BadSaved {
        /// Why.
        why: Message,
        /// The storage key it was kept under.
        kept: String,
    },
    /// Another tab saved its scenario over the one this tab saved.
    OtherTab,
    /// The link was made by a newer Hafen: this many of its settings (extension keys this build
    /// does not know) were left out.
    Newer(usize),
    /// A scenario file could not be opened (why, with its line and field); nothing changed.
    BadFile(Message),
    /// A compose file was imported (undoably): its name, the services imported, and every warning.
    Imported {
        /// The file's name.
        file: String,
        /// Services imported [count].
        services: usize,
        /// What is not simulated or assumed, one sentence each.
        warnings: Vec<Message>,
    },
}

/// What the page shows when a link could not be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instead {
    /// The scenario saved in this browser.
    Saved,
    /// A preset.
    Preset,
    /// What it showed before (a link pasted into an open tab).
    Unchanged,
}
