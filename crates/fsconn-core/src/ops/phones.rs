//! What a phone may fetch and upload over HTTP. A phone authenticates as its
//! user: it gets that user's own provisioning files plus the shared Polycom
//! firmware and language trees, and uploads (logs, overrides) only into its
//! own MAC dir under names that start with its MAC.

use super::answer::UserView;
use super::provision::{store_phone_file, StaticLayout};
use crate::error::Result;
use crate::settings::Settings;
use serde::Serialize;
use std::path::{Component, Path, PathBuf};

/// Firmware and shared files a phone fetches by name.
const FIRMWARE_EXT: &[&str] = &["ld", "jpg", "wav", "ver"];
const SHARED_TREES: &[&str] = &["SoundPointIPLocalization", "Config", "languages"];

/// A relative path of plain components only: no `..`, no root, no hidden
/// names, no backslashes or NULs.
pub fn plain_relative(p: &str) -> Option<PathBuf> {
    if p.is_empty() || p.contains('\0') || p.contains('\\') {
        return None;
    }
    let path = PathBuf::from(p);
    path.components()
        .all(|c| matches!(c, Component::Normal(n) if !n.to_string_lossy().starts_with('.')))
        .then_some(path)
}

/// `GET /linphone`: the user's Linphone configuration.
pub fn linphone_file(static_dir: &Path, user: &UserView) -> PathBuf {
    StaticLayout { root: static_dir }.linphone(&user.id)
}

/// `GET /polycom/<file>`: the file `user`'s phone gets, if any. Its own
/// files by MAC, firmware by extension, the shared trees by their first
/// component; a symlink leading out of the Polycom tree is no file.
pub fn polycom_file(static_dir: &Path, user: &UserView, file: &str) -> Option<PathBuf> {
    let layout = StaticLayout { root: static_dir };
    let rel = plain_relative(file)?;
    let mut comps = rel.components();
    let first = comps.next()?.as_os_str().to_string_lossy().into_owned();
    let path = if comps.next().is_some() {
        SHARED_TREES
            .contains(&first.as_str())
            .then(|| layout.polycom_ucs().join(&rel))?
    } else {
        let mac = user.polymac.as_str();
        let ext = rel
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        if mac != "none" && (first == "allprov.cfg" || first.starts_with(mac)) {
            layout.polycom_dir(mac).join(&first)
        } else if ext.is_some_and(|e| FIRMWARE_EXT.contains(&e.as_str())) {
            layout.polycom_ucs().join(&rel)
        } else {
            return None;
        }
    };
    let root = static_dir.join("polycom");
    match (path.canonicalize(), root.canonicalize()) {
        (Ok(real), Ok(root)) if !real.starts_with(&root) => None,
        _ => Some(path),
    }
}

/// Why a phone's upload is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UploadRefused {
    #[error("this user has no Polycom phone")]
    NoPhone,
    #[error("{0:?} is not a plain file name")]
    NotPlain(String),
    #[error("a phone may only upload files named {0}-*")]
    NotItsOwn(String),
    /// Over `serve.phone_file_max` or `serve.phone_dir_max`.
    #[error("{0}")]
    TooLarge(String),
}

/// `PUT /polycom/<file>`'s answer: the file stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PolycomPut {
    #[schema(pattern = "^polycom/put$")]
    pub op: &'static str,
    pub done: String,
}

/// `PUT /polycom/<file>`: store an upload of `user`'s phone in its own dir
/// under a name that starts with its MAC (`<mac>-app.log`,
/// `<mac>-phone.cfg`, ...). Logs are appended, other files replaced, both
/// within the size caps.
pub fn polycom_upload(
    settings: &Settings,
    user: &UserView,
    file: &str,
    body: &[u8],
) -> Result<std::result::Result<PolycomPut, UploadRefused>> {
    let mac = user.polymac.as_str();
    if mac == "none" {
        return Ok(Err(UploadRefused::NoPhone));
    }
    let rel = plain_relative(file).filter(|p| p.components().count() == 1);
    let Some(rel) = rel else {
        return Ok(Err(UploadRefused::NotPlain(file.to_string())));
    };
    let name = rel.to_string_lossy().into_owned();
    if !name.starts_with(&format!("{mac}-")) {
        return Ok(Err(UploadRefused::NotItsOwn(mac.to_string())));
    }
    let dir = StaticLayout {
        root: &settings.static_dir,
    }
    .polycom_dir(mac);
    Ok(match store_phone_file(settings, &dir, &name, body)? {
        Ok(()) => Ok(PolycomPut {
            op: "polycom/put",
            done: name,
        }),
        Err(why) => Err(UploadRefused::TooLarge(why)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(polymac: &str) -> UserView {
        UserView {
            id: "20000".into(),
            password: "pw".into(),
            conpin: "1234".into(),
            context: "team".into(),
            name: "alice".into(),
            email: "a@example.com".into(),
            polymac: polymac.into(),
        }
    }

    #[test]
    fn a_phone_gets_its_own_files_firmware_and_shared_trees_only() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        let ucs = root.join("polycom/ucs");
        std::fs::create_dir_all(&ucs).unwrap();
        std::fs::write(root.join("secret"), "s").unwrap();
        std::os::unix::fs::symlink(root.join("secret"), ucs.join("out.ld")).unwrap();
        let alice = user("0004f2aabbcc");
        let mine = polycom_file(root, &alice, "0004f2aabbcc.cfg").unwrap();
        assert_eq!(mine, root.join("polycom/0004f2aabbcc/0004f2aabbcc.cfg"));
        assert_eq!(
            polycom_file(root, &alice, "allprov.cfg").unwrap(),
            root.join("polycom/0004f2aabbcc/allprov.cfg")
        );
        assert_eq!(
            polycom_file(root, &alice, "fw.LD").unwrap(),
            ucs.join("fw.LD")
        );
        assert_eq!(
            polycom_file(root, &alice, "languages/de.xml").unwrap(),
            ucs.join("languages/de.xml")
        );
        for refused in [
            "0004f2ffffff.cfg",
            "other/file.cfg",
            "../secret",
            ".hidden.ld",
            "a\\b.ld",
            "out.ld",
            "",
        ] {
            assert_eq!(polycom_file(root, &alice, refused), None, "{refused:?}");
        }
        // Without a phone, only the shared files.
        assert_eq!(polycom_file(root, &user("none"), "allprov.cfg"), None);
        assert_eq!(
            linphone_file(root, &alice),
            root.join("linphone/20000/linphone.xml")
        );
    }

    #[test]
    fn uploads_go_only_into_the_phones_own_dir_under_its_mac() {
        let d = tempfile::tempdir().unwrap();
        let mut s = Settings::defaults();
        s.static_dir = d.path().to_path_buf();
        s.phone_file_max = 16;
        let alice = user("0004f2aabbcc");
        let put = |u: &UserView, f: &str, b: &[u8]| polycom_upload(&s, u, f, b).unwrap();
        let ok = put(&alice, "0004f2aabbcc-app.log", b"boot").unwrap();
        assert_eq!(ok.done, "0004f2aabbcc-app.log");
        let log = d.path().join("polycom/0004f2aabbcc/0004f2aabbcc-app.log");
        assert_eq!(std::fs::read(log).unwrap(), b"boot");
        assert_eq!(
            put(&user("none"), "x-app.log", b"").unwrap_err(),
            UploadRefused::NoPhone
        );
        assert_eq!(
            put(&alice, "../0004f2aabbcc-x", b"").unwrap_err(),
            UploadRefused::NotPlain("../0004f2aabbcc-x".into())
        );
        assert_eq!(
            put(&alice, "0004f2ffffff-app.log", b"").unwrap_err(),
            UploadRefused::NotItsOwn("0004f2aabbcc".into())
        );
        let big = put(&alice, "0004f2aabbcc-phone.cfg", &[b'x'; 17]).unwrap_err();
        assert!(matches!(big, UploadRefused::TooLarge(_)), "{big:?}");
    }
}
