//! Hafen's first paint (`hafen::paint`): the diagrams drawn before the app has loaded, then the app
//! loaded. The page's module (`index.html`); the app is `hafen.js` / `hafen_bg.wasm`.

fn main() {
    hafen::paint::start();
}
