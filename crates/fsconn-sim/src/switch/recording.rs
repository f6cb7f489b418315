//! `conference NAME recording|record`: WAV files in the recordings dir and
//! the recording events.

use super::*;

pub(super) fn write_wav_header(file: &Path, rate: u32) -> std::io::Result<()> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut f = std::fs::File::create(file)?;
    f.write_all(&wav_header(rate, 0))
}

pub(super) fn wav_header(rate: u32, data_len: u32) -> Vec<u8> {
    let mut h = Vec::with_capacity(44);
    h.extend_from_slice(b"RIFF");
    h.extend_from_slice(&(36 + data_len).to_le_bytes());
    h.extend_from_slice(b"WAVEfmt ");
    h.extend_from_slice(&16u32.to_le_bytes());
    h.extend_from_slice(&1u16.to_le_bytes()); // PCM
    h.extend_from_slice(&1u16.to_le_bytes()); // mono
    h.extend_from_slice(&rate.to_le_bytes());
    h.extend_from_slice(&(rate * 2).to_le_bytes());
    h.extend_from_slice(&2u16.to_le_bytes());
    h.extend_from_slice(&16u16.to_le_bytes());
    h.extend_from_slice(b"data");
    h.extend_from_slice(&data_len.to_le_bytes());
    h
}

/// Appends `samples` of silence and fixes the header; returns the file size.
pub(super) fn finish_wav(file: &Path, samples: u64) -> std::io::Result<u64> {
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(file)?;
    let rate = {
        use std::io::Read;
        let mut h = [0u8; 44];
        f.read_exact(&mut h)?;
        u32::from_le_bytes([h[24], h[25], h[26], h[27]])
    };
    let data_len = (samples * 2).min(u32::MAX as u64 - 44) as u32;
    f.seek(SeekFrom::End(0))?;
    let zeros = vec![0u8; 64 * 1024];
    let mut left = data_len as usize;
    while left > 0 {
        let n = left.min(zeros.len());
        f.write_all(&zeros[..n])?;
        left -= n;
    }
    f.seek(SeekFrom::Start(0))?;
    f.write_all(&wav_header(rate, data_len))?;
    Ok(44 + data_len as u64)
}

impl State {
    /// Where a recording path lands on disk: inside the recordings dir,
    /// whatever directory the client named (a simulator writes nowhere else).
    pub(super) fn recording_file(paths: &Paths, path: &str) -> PathBuf {
        let p = Path::new(path);
        if p.starts_with(&paths.recordings_dir) {
            return p.to_path_buf();
        }
        match p.file_name() {
            Some(f) => paths.recordings_dir.join(f),
            None => paths.recordings_dir.join("recording.wav"),
        }
    }

    pub(super) fn recording(
        &mut self,
        cx: &mut Cx,
        name: &str,
        action: &str,
        path: &str,
    ) -> String {
        match action {
            "start" => self.start_recording(cx, name, path),
            "check" => match self.conference(name).and_then(|c| c.recordings.last()) {
                Some(r) => format!("+OK Record file {}\n", r.path),
                None => "-ERR Conference is not being recorded.\n".into(),
            },
            "pause" | "resume" => self.pause_recording(cx, name, action == "pause", path),
            "stop" => self.stop_recordings(cx, name, path),
            _ => "-ERR usage: recording start|stop|check|pause|resume <path>\n".into(),
        }
    }

    /// `recording start PATH`: a WAV header now, the length at the stop.
    fn start_recording(&mut self, cx: &mut Cx, name: &str, path: &str) -> String {
        if path.is_empty() {
            return "-ERR (record) no path specified\n".into();
        }
        let file = Self::recording_file(cx.paths, path);
        let rate = self.conference(name).map(|c| c.rate).unwrap_or(16000);
        let error = write_wav_header(&file, rate).err();
        if let Some(conf) = self.conference_mut(name) {
            conf.recordings.push(Recording {
                path: path.to_string(),
                file,
                started: Instant::now(),
                paused_since: None,
                paused_total: Duration::ZERO,
                joined: Instant::now(),
            });
        }
        if let Some(conf) = self.conference(name) {
            let mut e = self.conf_event(cx, conf, "start-recording", O_REC_START);
            e.headers.push("Path", path);
            if let Some(err) = error {
                e.headers
                    .push("Error", &format!("File could not be opened: {err}"));
            }
            cx.fired.push(e);
        }
        format!("+OK Record file {path}\n")
    }

    /// `recording pause|resume PATH`: paused time is left out of the file.
    fn pause_recording(&mut self, cx: &mut Cx, name: &str, pause: bool, path: &str) -> String {
        let mut out = format!(
            "+OK {} recording file {path}\n",
            if pause { "Pause" } else { "Resume" }
        );
        let found = self.conference_mut(name).and_then(|c| {
            c.recordings.iter_mut().find(|r| r.path == path).map(|r| {
                match (pause, r.paused_since) {
                    (true, None) => r.paused_since = Some(Instant::now()),
                    (false, Some(since)) => {
                        r.paused_total += since.elapsed();
                        r.paused_since = None;
                    }
                    _ => {}
                }
            })
        });
        match (found, self.conference(name)) {
            (Some(()), Some(conf)) => {
                let action = if pause {
                    "pause-recording"
                } else {
                    "resume-recording"
                };
                let mut e = self.conf_event(cx, conf, action, O_REC_PAUSE);
                e.headers.push("Path", path);
                let others = if conf.recordings.is_empty() {
                    "false"
                } else {
                    "true"
                };
                e.headers.push("Other-Recordings", others);
                cx.fired.push(e);
            }
            _ => out.push_str(&format!("-ERR non-existant recording '{path}'\n")),
        }
        out
    }

    /// `recording stop PATH|all`.
    fn stop_recordings(&mut self, cx: &mut Cx, name: &str, path: &str) -> String {
        let targets: Vec<String> = match self.conference(name) {
            Some(c) if path == "all" => c.recordings.iter().rev().map(|r| r.path.clone()).collect(),
            Some(c) => c
                .recordings
                .iter()
                .filter(|r| r.path == path)
                .map(|r| r.path.clone())
                .collect(),
            None => Vec::new(),
        };
        let mut out = String::new();
        for p in targets {
            self.stop_recording(cx, name, &p);
            out.push_str(&format!("Stopped recording file {p}\n"));
        }
        // FreeSWITCH's count is always 0 here (it stops asynchronously).
        out.push_str("+OK Stopped recording 0 files\n");
        out
    }

    pub(super) fn stop_recording(&mut self, cx: &mut Cx, name: &str, path: &str) {
        let Some(conf) = self.conference_mut(name) else {
            return;
        };
        let Some(pos) = conf.recordings.iter().position(|r| r.path == path) else {
            return;
        };
        let rec = conf.recordings.remove(pos);
        let rate = conf.rate;
        let paused = rec.paused_total + rec.paused_since.map(|s| s.elapsed()).unwrap_or_default();
        let elapsed = rec.started.elapsed().saturating_sub(paused);
        let samples = (elapsed.min(MAX_RECORDED).as_millis() as u64) * rate as u64 / 1000;
        let size = finish_wav(&rec.file, samples).unwrap_or(0);
        let Some(conf) = self.conference(name) else {
            return;
        };
        let mut e = self.conf_event(cx, conf, "stop-recording", O_REC_STOP);
        e.headers.push("Path", path);
        e.headers.push(
            "Other-Recordings",
            if conf.recordings.is_empty() {
                "false"
            } else {
                "true"
            },
        );
        e.headers.push("Samples-Out", &samples.to_string());
        e.headers.push("Samplerate", &rate.to_string());
        e.headers
            .push("Milliseconds-Elapsed", &elapsed.as_millis().to_string());
        e.headers.push("Record-File-Size", &size.to_string());
        cx.fired.push(e);
    }
}
