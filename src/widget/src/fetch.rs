//! Getting report text from a URL (with a timeout) or from a file the reader picked or dropped.
//! A local file never leaves the reader's machine: it is read in the page.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, File, RequestInit, Response};

use report::load::{LoadFailure, MAX_REPORT_BYTES, TIMEOUT_MS};
use report::report_origin::{foreign, may_load};

/// A fetched report's text, and the other site it came from (after redirects), if any.
pub struct Fetched {
    pub text: String,
    pub foreign: Option<String>,
}

/// The origin `url` resolves to from this page (`None` for what is not an address).
fn origin_of(url: &str) -> Option<String> {
    let base = gloo::utils::document().base_uri().ok().flatten()?;
    web_sys::Url::new_with_base(url, &base).ok().map(|u| u.origin())
}

fn page_origin() -> String {
    gloo::utils::window().location().origin().unwrap_or_default()
}

/// Fetches `url`. `page_named` is set when the page's address named it (`?src=`): then only the
/// page's own origin and the listed ones may serve it, before and after redirects.
pub async fn fetch_text(url: &str, page_named: Option<&[String]>) -> Result<Fetched, LoadFailure> {
    if !report::load::is_fetchable(url) {
        return Err(LoadFailure::BadAddress);
    }
    let page = page_origin();
    let check = |origin: String| match page_named {
        Some(allowed) if !may_load(&origin, &page, allowed) => Err(LoadFailure::Refused(origin)),
        _ => Ok(origin),
    };
    check(origin_of(url).ok_or(LoadFailure::BadAddress)?)?;
    let window = gloo::utils::window();
    let controller = AbortController::new().ok();
    let init = RequestInit::new();
    if let Some(c) = &controller {
        init.set_signal(Some(&c.signal()));
    }
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let (timed_out, controller) = (timed_out.clone(), controller.clone());
        Closure::once_into_js(move || {
            timed_out.set(true);
            if let Some(c) = controller {
                c.abort();
            }
        })
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(on_timeout.unchecked_ref(), TIMEOUT_MS)
        .ok();
    let result = async {
        let failed = |_| if timed_out.get() { LoadFailure::Timeout } else { LoadFailure::Network };
        let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
            .await
            .map_err(failed)?
            .dyn_into()
            .map_err(|_| LoadFailure::Network)?;
        // Where the report really came from: a redirect may have taken it elsewhere.
        let origin = check(origin_of(&response.url()).unwrap_or_default())?;
        if !response.ok() {
            return Err(LoadFailure::Http(response.status()));
        }
        let declared = response
            .headers()
            .get("content-length")
            .ok()
            .flatten()
            .and_then(|v| v.parse::<usize>().ok());
        if let Some(n) = declared.filter(|&n| n > MAX_REPORT_BYTES) {
            return Err(LoadFailure::TooLarge(n));
        }
        // The bytes, decoded here: one copy into the wasm instead of UTF-8 → JS string → UTF-8.
        let bytes = JsFuture::from(response.array_buffer().map_err(|_| LoadFailure::Network)?).await.map_err(failed)?;
        let bytes = js_sys::Uint8Array::new(&bytes);
        if bytes.length() as usize > MAX_REPORT_BYTES {
            return Err(LoadFailure::TooLarge(bytes.length() as usize));
        }
        // As response.text() would: invalid UTF-8 becomes U+FFFD rather than an error.
        Ok(Fetched { text: String::from_utf8_lossy(&bytes.to_vec()).into_owned(), foreign: foreign(&origin, &page) })
    }
    .await;
    if let Some(t) = timer {
        window.clear_timeout_with_handle(t);
    }
    result
}

pub async fn read_file(file: &File) -> Result<String, LoadFailure> {
    let size = file.size() as usize;
    if size > MAX_REPORT_BYTES {
        return Err(LoadFailure::TooLarge(size));
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| LoadFailure::Unreadable)?;
    text.as_string().ok_or(LoadFailure::Unreadable)
}
