//! Plain SVG charts: a plot frame with "nice" axis ticks, and a legend. The chart components draw
//! their lines and bars inside it. SVG scales with its box (legible on a projector and a phone) and
//! carries no inline styles: colours come from CSS classes.

use yew::prelude::*;

/// The plot area inside a chart's viewBox [SVG units].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Width of the whole chart.
    pub width: f64,
    /// Height of the whole chart.
    pub height: f64,
    /// Left edge of the plot area (room for the y labels).
    pub left: f64,
    /// Top edge of the plot area (room for the title and legend).
    pub top: f64,
    /// Right margin.
    pub right: f64,
    /// Bottom margin (room for the x labels).
    pub bottom: f64,
    /// The x value at the right edge (the left edge is 0).
    pub x_max: f64,
    /// The y value at the top edge (the bottom edge is 0).
    pub y_max: f64,
}

impl Frame {
    /// A chart of `width` × `height` with room for labels, showing 0..x_max × 0..y_max.
    pub fn new(width: f64, height: f64, x_max: f64, y_max: f64) -> Self {
        Frame { width, height, left: 70.0, top: 58.0, right: 16.0, bottom: 46.0, x_max: x_max.max(f64::MIN_POSITIVE), y_max: y_max.max(f64::MIN_POSITIVE) }
    }

    /// Horizontal position of `x`.
    pub fn x(&self, x: f64) -> f64 {
        self.left + (self.width - self.left - self.right) * (x / self.x_max).clamp(0.0, 1.0)
    }

    /// Vertical position of `y`.
    pub fn y(&self, y: f64) -> f64 {
        let bottom = self.height - self.bottom;
        bottom - (bottom - self.top) * (y / self.y_max).clamp(0.0, 1.0)
    }

    /// The plot area's bottom edge.
    pub fn base(&self) -> f64 {
        self.height - self.bottom
    }
}

/// Tick values from 0 to at least `max`, at a round step (1, 2 or 5 × a power of ten), about
/// `count` of them.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    if !max.is_finite() || max <= 0.0 {
        return vec![0.0];
    }
    let rough = max / count.max(1) as f64;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * power).find(|s| *s >= rough).unwrap_or(10.0 * power);
    let n = (max / step).ceil() as usize;
    (0..=n).map(|i| i as f64 * step).collect()
}

/// A tick label without needless decimals: 2000 → "2,000" ("2.000"), 2.5 → "2.5" ("2,5").
pub fn tick_label(w: &hafen_core::text::Words, v: f64) -> String {
    if v.fract().abs() < 1e-9 {
        w.count(v.round().max(0.0) as u64)
    } else {
        w.number(v, 1)
    }
}

/// Title, grid lines, tick labels and axis titles.
pub fn axes(w: &hafen_core::text::Words, f: &Frame, title: &str, x_ticks: &[(f64, String)], y_ticks: &[f64], x_title: &str, y_title: &str) -> Html {
    let grid = y_ticks.iter().map(|&v| {
        let y = f.y(v);
        html! {
            <g class="tick">
                <line class="grid" x1={f.left.to_string()} x2={(f.width - f.right).to_string()} y1={y.to_string()} y2={y.to_string()} />
                <text class="tick-label" x={(f.left - 6.0).to_string()} y={(y + 4.0).to_string()} text-anchor="end">{tick_label(w, v)}</text>
            </g>
        }
    });
    let xs = x_ticks.iter().map(|(v, label)| {
        let x = f.x(*v);
        html! { <text class="tick-label" x={x.to_string()} y={(f.base() + 18.0).to_string()} text-anchor="middle">{label.clone()}</text> }
    });
    html! {
        <>
            <text class="chart-title" x={f.left.to_string()} y="20">{title.to_string()}</text>
            { for grid }
            <line class="axis" x1={f.left.to_string()} x2={(f.width - f.right).to_string()} y1={f.base().to_string()} y2={f.base().to_string()} />
            { for xs }
            <text class="axis-title" x={((f.left + f.width - f.right) / 2.0).to_string()} y={(f.height - 6.0).to_string()} text-anchor="middle">{x_title.to_string()}</text>
            <text class="axis-title" transform={format!("translate(14 {}) rotate(-90)", (f.top + f.base()) / 2.0)} text-anchor="middle">{y_title.to_string()}</text>
        </>
    }
}

/// A bar from (x0, y0) to (x1, y1) in the frame's values, coloured by `class`.
pub fn bar(f: &Frame, (x0, x1): (f64, f64), (y0, y1): (f64, f64), class: Classes) -> Html {
    let (left, right, top, bottom) = (f.x(x0), f.x(x1), f.y(y1), f.y(y0));
    html! { <rect class={classes!("bar", class)} x={format!("{left:.1}")} y={format!("{top:.1}")} width={format!("{:.1}", right - left)} height={format!("{:.1}", bottom - top)} /> }
}

/// A legend in one row under the title: (CSS class of the colour, label).
pub fn legend(f: &Frame, items: &[(&'static str, String)]) -> Html {
    let mut x = f.left;
    let entries = items.iter().map(|(class, label)| {
        let at = x;
        x += 28.0 + label.chars().count() as f64 * 7.5;
        html! {
            <g class="legend-item">
                <rect class={classes!("swatch", *class)} x={at.to_string()} y="32" width="14" height="10" />
                <text class="legend-label" x={(at + 19.0).to_string()} y="42">{label.clone()}</text>
            </g>
        }
    });
    html! { <g class="legend">{ for entries }</g> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(nice_ticks(2_143.0, 5), vec![0.0, 500.0, 1_000.0, 1_500.0, 2_000.0, 2_500.0]);
        assert_eq!(nice_ticks(9.0, 4), vec![0.0, 5.0, 10.0]);
        assert_eq!(nice_ticks(0.0, 4), vec![0.0]);
        assert_eq!(tick_label(&hafen_core::text::EN, 25_000.0), "25,000");
    }

    #[test]
    fn values_map_into_the_plot_area() {
        let f = Frame::new(720.0, 320.0, 24.0, 1_000.0);
        assert_eq!(f.x(0.0), f.left);
        assert_eq!(f.x(24.0), 720.0 - f.right);
        assert_eq!(f.y(0.0), f.base());
        assert_eq!(f.y(1_000.0), f.top);
    }
}
