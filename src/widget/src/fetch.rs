//! Getting report text from a URL (with a timeout) or from a file the reader picked or dropped.
//! A local file never leaves the reader's machine: it is read in the page.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use js_sys::Promise;
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

thread_local! {
    /// Requests on their way, by address: widgets showing the same report (demo.html's two share
    /// one `src`) wait for one download, which also uses the page's preload of it.
    static IN_FLIGHT: RefCell<HashMap<String, Promise>> = RefCell::new(HashMap::new());
}

/// The response to `url`, from a request already on its way if there is one. Each caller reads
/// its own copy of the body (`Response::clone`); a settled request is forgotten, so a later load
/// (the reader asking again) goes to the network.
async fn shared_fetch(url: &str, init: &RequestInit) -> Result<Response, wasm_bindgen::JsValue> {
    let promise = IN_FLIGHT.with_borrow_mut(|in_flight| {
        in_flight
            .entry(url.to_owned())
            .or_insert_with(|| {
                let promise = gloo::utils::window().fetch_with_str_and_init(url, init);
                let url = url.to_owned();
                // On success and on failure alike (a handled rejection: no console error).
                let forget = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {
                    IN_FLIGHT.with_borrow_mut(|in_flight| in_flight.remove(&url));
                });
                let _ = promise.then2(&forget, &forget);
                // Runs once per report load; kept alive for the browser to call.
                forget.forget();
                promise
            })
            .clone()
    });
    let response: Response = JsFuture::from(promise).await?.dyn_into()?;
    response.clone()
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
        let response = shared_fetch(url, &init).await.map_err(failed)?;
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
