//! `reloadxml` after a CLI write, over FreeSWITCH's event socket.

use crate::ops::{ReloadUnavailable, Reloader};
use crate::settings::Settings;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

pub struct EslReloader {
    addr: String,
    password: String,
    timeout: Duration,
}

impl EslReloader {
    pub fn boxed(s: &Settings) -> Box<dyn Reloader> {
        Box::new(EslReloader {
            addr: s.esl_addr(),
            password: s.esl_password.clone(),
            timeout: Duration::from_secs(s.esl_timeout.max(1)),
        })
    }

    fn unavailable(&self, cause: impl std::fmt::Display) -> ReloadUnavailable {
        ReloadUnavailable(format!(
            "cannot reach FreeSWITCH's event socket at {}: {cause}",
            self.addr
        ))
    }
}

/// One message: headers and body.
fn read_message(r: &mut impl BufRead) -> std::io::Result<(Vec<(String, String)>, Vec<u8>)> {
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let line = line.trim_end_matches('\n');
        if line.is_empty() {
            if headers.is_empty() {
                continue;
            }
            break;
        }
        if let Some((k, v)) = line.split_once(": ") {
            headers.push((k.to_string(), v.to_string()));
        }
    }
    let len = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
        .and_then(|(_, v)| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    r.read_exact(&mut body)?;
    Ok((headers, body))
}

fn header<'a>(h: &'a [(String, String)], name: &str) -> Option<&'a str> {
    h.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

impl Reloader for EslReloader {
    fn reloadxml(&self) -> Result<String, ReloadUnavailable> {
        let addr = self
            .addr
            .to_socket_addrs()
            .map_err(|e| self.unavailable(e))?
            .next()
            .ok_or_else(|| self.unavailable("no address"))?;
        let stream =
            TcpStream::connect_timeout(&addr, self.timeout).map_err(|e| self.unavailable(e))?;
        stream
            .set_read_timeout(Some(self.timeout))
            .map_err(|e| self.unavailable(e))?;
        let mut w = stream.try_clone().map_err(|e| self.unavailable(e))?;
        let mut r = BufReader::new(stream);
        let io = |e: std::io::Error| self.unavailable(e);
        let (h, _) = read_message(&mut r).map_err(io)?;
        if header(&h, "Content-Type") != Some("auth/request") {
            return Err(self.unavailable("no auth/request greeting (not an event socket?)"));
        }
        w.write_all(format!("auth {}\n\n", self.password).as_bytes())
            .map_err(io)?;
        let (h, _) = read_message(&mut r).map_err(io)?;
        let reply = header(&h, "Reply-Text").unwrap_or("");
        if !reply.starts_with("+OK") {
            return Err(self.unavailable(format!("authentication refused ({reply})")));
        }
        w.write_all(b"api reloadxml\n\n").map_err(io)?;
        loop {
            let (h, body) = read_message(&mut r).map_err(io)?;
            if header(&h, "Content-Type") == Some("api/response") {
                let _ = w.write_all(b"exit\n\n");
                return Ok(String::from_utf8_lossy(&body).into_owned());
            }
        }
    }
}
