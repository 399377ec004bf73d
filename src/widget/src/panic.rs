//! If anything panics despite the core's care, readers get the same kind of panel as for bad data,
//! not a frozen or blank box. Built with plain DOM calls: Yew may be the thing that broke.

use std::sync::Once;

use web_sys::Document;

use report::embed::MOUNTED;
use report::wording::Msg;
use report::locale::Locale;

/// Installs the hook. It must go through Yew: `Renderer::render` replaces any hook set with
/// `std::panic::set_hook` by its own console-only one.
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        yew::set_custom_panic_hook(Box::new(|info| {
            gloo::console::error!(format!("session-report: {info}"));
            show_panel(&gloo::utils::document(), &info.to_string());
        }));
    });
}

/// Replaces the content of every mounted widget with an alert naming what went wrong, in both
/// languages because the widget's state (and so its language) can no longer be trusted.
pub fn show_panel(document: &Document, detail: &str) {
    let Ok(roots) = document.query_selector_all(&format!("[{MOUNTED}]")) else { return };
    for i in 0..roots.length() {
        let Some(root) = roots.item(i) else { continue };
        let Ok(panel) = document.create_element("div") else { continue };
        panel.set_class_name("sr-widget sr-error");
        let _ = panel.set_attribute("role", "alert");
        for l in Locale::ALL {
            if let Ok(h) = document.create_element("p") {
                h.set_class_name("sr-error__title");
                let _ = h.set_attribute("lang", l.tag());
                h.set_text_content(Some(Msg::ErrorTitle.text(l)));
                let _ = panel.append_child(&h);
            }
        }
        if let Ok(code) = document.create_element("code") {
            code.set_text_content(Some(detail));
            let _ = panel.append_child(&code);
        }
        root.set_text_content(None);
        let _ = root.append_child(&panel);
    }
}
