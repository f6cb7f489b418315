//! The announcements fsconn plays for moderator keys, by what they say.
//!
//! Defaults are files of FreeSWITCH's stock en/us sound pack (`ivr/` and
//! `conference/` below the conference's `sound_prefix`), so they exist on
//! every install with the sound pack; each one can be replaced in
//! `fsconn.toml` (`[prompts]`). `fsconn doctor` checks that every one is in
//! the switch's sounds dir.

use serde::{Deserialize, Serialize};

/// One file per announcement: relative to the conference's `sound_prefix`
/// (e.g. `ivr/ivr-recording_started.wav`) or an absolute path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Prompts {
    pub recording_started: String,
    pub recording_paused: String,
    /// There is no stock "recording resumed"; "Recording started." says
    /// what the moderator needs to know.
    pub recording_resumed: String,
    pub recording_stopped: String,
    pub already_recording: String,
    /// Start or check pressed while paused.
    pub paused_press_resume: String,
    /// Pause, resume, stop or check pressed with no recording.
    pub not_recording_press_start: String,
}

impl Default for Prompts {
    fn default() -> Self {
        Prompts {
            recording_started: "ivr/ivr-recording_started.wav".into(),
            recording_paused: "ivr/ivr-recording_paused.wav".into(),
            recording_resumed: "ivr/ivr-recording_started.wav".into(),
            recording_stopped: "ivr/ivr-recording_stopped.wav".into(),
            already_recording: "ivr/ivr-recording_started.wav".into(),
            paused_press_resume: "ivr/ivr-recording_paused.wav".into(),
            not_recording_press_start: "ivr/ivr-recording_stopped.wav".into(),
        }
    }
}

impl Prompts {
    /// (settings key, file) of every announcement.
    pub fn all(&self) -> [(&'static str, &str); 7] {
        [
            ("prompts.recording_started", &self.recording_started),
            ("prompts.recording_paused", &self.recording_paused),
            ("prompts.recording_resumed", &self.recording_resumed),
            ("prompts.recording_stopped", &self.recording_stopped),
            ("prompts.already_recording", &self.already_recording),
            ("prompts.paused_press_resume", &self.paused_press_resume),
            (
                "prompts.not_recording_press_start",
                &self.not_recording_press_start,
            ),
        ]
    }

    /// Each file goes into an event-socket command line, so only plain path
    /// characters are allowed, and no `..`.
    pub fn check(&self) -> Result<(), String> {
        for (key, file) in self.all() {
            let plain = file
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-./".contains(c));
            if file.is_empty() || !plain || file.split('/').any(|p| p == "..") {
                return Err(format!(
                    "{key}: {file:?} must be a sound file path of letters, digits, '_', '-', '.' and '/' without '..'"
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The callie pack's files (docs/real-freeswitch.md section 4; the older
    /// list of section 2 named two files no pack has).
    const STOCK: [&str; 11] = [
        "ivr/ivr-recording_started.wav",
        "ivr/ivr-recording_paused.wav",
        "ivr/ivr-recording_stopped.wav",
        "ivr/ivr-recording_saved.wav",
        "ivr/ivr-recording_deleted.wav",
        "ivr/ivr-begin_recording.wav",
        "conference/conf-muted.wav",
        "conference/conf-unmuted.wav",
        "conference/conf-locked.wav",
        "conference/conf-is-locked.wav",
        "conference/conf-is-unlocked.wav",
    ];

    #[test]
    fn every_default_is_a_stock_prompt() {
        for (key, file) in Prompts::default().all() {
            assert!(STOCK.contains(&file), "{key}: {file} is in no stock pack");
        }
    }

    #[test]
    fn defaults_are_valid_and_unsafe_paths_are_refused() {
        assert!(Prompts::default().check().is_ok());
        for bad in [
            "",
            "a b.wav",
            "../etc/passwd",
            "x.wav\nconference x kick all",
        ] {
            let p = Prompts {
                recording_started: bad.into(),
                ..Prompts::default()
            };
            let err = p.check().unwrap_err();
            assert!(err.starts_with("prompts.recording_started"), "{err}");
        }
    }
}
