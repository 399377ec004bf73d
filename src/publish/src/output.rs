//! Where the site's files go: a folder on disk for the command, memory for tests. Pages are
//! written as they are made, from every core at once, so the whole site is never held in memory.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// A place to write the site's files into, by path under the site's folder (`a/b/index.html`).
pub trait Output: Sync {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), String>;
    /// Removes a file or a folder and everything in it (a report no longer published); a path
    /// that is not there is not an error.
    fn remove(&self, path: &str) -> Result<(), String>;
}

/// The site's folder on disk.
pub struct Folder(pub PathBuf);

impl Output for Folder {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), String> {
        let path = self.0.join(path);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn remove(&self, path: &str) -> Result<(), String> {
        let path = self.0.join(path);
        let gone = if path.is_dir() { fs::remove_dir_all(&path) } else { fs::remove_file(&path) };
        match gone {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(format!("{}: {e}", path.display())),
            _ => Ok(()),
        }
    }
}

impl Folder {
    pub fn path(&self) -> &Path {
        &self.0
    }
}

/// The files in memory, in the order written: for tests.
#[derive(Default)]
pub struct Memory(pub Mutex<Vec<(String, Vec<u8>)>>);

impl Output for Memory {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), String> {
        self.0.lock().map_err(|e| e.to_string())?.push((path.to_owned(), bytes.to_vec()));
        Ok(())
    }

    fn remove(&self, path: &str) -> Result<(), String> {
        self.0.lock().map_err(|e| e.to_string())?.retain(|(p, _)| p != path && !p.starts_with(&format!("{path}/")));
        Ok(())
    }
}

impl Memory {
    /// The paths written so far.
    pub fn paths(&self) -> Vec<String> {
        self.0.lock().map(|files| files.iter().map(|(p, _)| p.clone()).collect()).unwrap_or_default()
    }

    /// A file's contents, the last written under that path.
    pub fn get(&self, path: &str) -> Option<Vec<u8>> {
        self.0.lock().ok()?.iter().rev().find(|(p, _)| p == path).map(|(_, b)| b.clone())
    }
}
