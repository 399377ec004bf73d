//! Client-side downloads: a Blob, an object URL and a detached <a download>; nothing is uploaded and
//! nothing is added to the host page.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `contents` to the reader as a file called `name`.
pub fn save_text(name: &str, mime: &str, contents: &str) {
    if let Some(blob) = text_blob(contents, mime) {
        save_blob(name, &blob);
    }
}

fn text_blob(contents: &str, mime: &str) -> Option<Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

fn save_blob(name: &str, blob: &Blob) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else { return };
    if let Ok(a) = gloo::utils::document().create_element("a") {
        if let Ok(a) = a.dyn_into::<HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = Url::revoke_object_url(&url);
}

/// Charts as PNG: drawn from their SVG on a canvas, still entirely in the browser.
#[cfg(feature = "charts")]
pub mod png {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, Url};

    use super::{save_blob, text_blob};

    /// Rasterises an SVG document at `scale` times its size on a white background and saves it as PNG.
    pub fn save_svg_as_png(name: &str, svg: &str, width: u32, height: u32, scale: u32) {
        let Some(blob) = text_blob(svg, "image/svg+xml") else { return };
        let Ok(url) = Url::create_object_url_with_blob(&blob) else { return };
        let Ok(img) = HtmlImageElement::new() else { return };
        let name = name.to_owned();
        let image = img.clone();
        let svg_url = url.clone();
        let onload = Closure::once_into_js(move || {
            let _ = Url::revoke_object_url(&svg_url);
            let Some((canvas, ctx)) = canvas(width * scale, height * scale) else { return };
            ctx.set_fill_style_str("#ffffff");
            ctx.fill_rect(0.0, 0.0, (width * scale) as f64, (height * scale) as f64);
            let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
                &image, 0.0, 0.0, (width * scale) as f64, (height * scale) as f64,
            );
            let done = Closure::once_into_js(move |png: Option<Blob>| {
                if let Some(png) = png {
                    save_blob(&name, &png);
                }
            });
            let _ = canvas.to_blob_with_type(done.unchecked_ref(), "image/png");
        });
        img.set_onload(Some(onload.unchecked_ref()));
        img.set_src(&url);
    }

    fn canvas(width: u32, height: u32) -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
        let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas").ok()?.dyn_into().ok()?;
        canvas.set_width(width);
        canvas.set_height(height);
        let ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some((canvas, ctx))
    }
}
