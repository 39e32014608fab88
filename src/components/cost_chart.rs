//! Charts drawn with plotters on a canvas: cumulative cost per platform with the break-even month,
//! and the monthly cost breakdown. The same figures are in the tables beside them for screen readers.

use crate::state::{Economics, Shared, PLATFORMS};
use hafen_core::costs::{cumulative, BreakEven};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use yew::prelude::*;

/// Props of [`CostChart`].
#[derive(Properties, PartialEq)]
pub struct CostChartProps {
    /// The figures.
    pub economics: Shared<Economics>,
    /// Months to draw.
    pub horizon: u32,
    /// USD per EUR, if given.
    pub usd_per_eur: Option<f64>,
}

const COLOURS: [RGBColor; 3] = [RGBColor(28, 126, 214), RGBColor(230, 119, 0), RGBColor(95, 61, 196)];

fn draw_cumulative(canvas: web_sys::HtmlCanvasElement, eco: &Economics, horizon: u32, rate: Option<f64>) -> Option<()> {
    let backend = CanvasBackend::with_canvas_object(canvas)?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).ok()?;
    let series: Vec<Vec<(u32, f64)>> = eco.platforms.iter().map(|(_, c)| (0..=horizon).filter_map(|m| cumulative(c, m, rate).map(|v| (m, v))).collect()).collect();
    let top = series.iter().flatten().map(|p| p.1).fold(1.0f64, f64::max) * 1.08;
    let mut chart = ChartBuilder::on(&root)
        .caption("Total cost over time (EUR, middle of each range)", ("sans-serif", 17))
        .margin(10)
        .x_label_area_size(34)
        .y_label_area_size(64)
        .build_cartesian_2d(0u32..horizon, 0f64..top)
        .ok()?;
    chart.configure_mesh().x_desc("month").y_desc("EUR").y_label_formatter(&|v| format!("{v:.0}")).label_style(("sans-serif", 13)).draw().ok()?;
    for ((points, colour), kind) in series.iter().zip(COLOURS).zip(PLATFORMS) {
        chart
            .draw_series(LineSeries::new(points.iter().copied(), colour.stroke_width(3)))
            .ok()?
            .label(kind.label())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], colour.stroke_width(3)));
    }
    if let BreakEven::Month(m) = eco.break_even {
        let red = RGBColor(201, 42, 42);
        chart.draw_series(std::iter::once(PathElement::new(vec![(m, 0.0), (m, top)], red.stroke_width(2)))).ok()?;
        chart.draw_series(std::iter::once(Text::new(format!("break-even: month {m}"), (m, top * 0.95), ("sans-serif", 14).into_font().color(&red)))).ok()?;
    }
    chart.configure_series_labels().background_style(WHITE.mix(0.85)).border_style(BLACK).position(SeriesLabelPosition::UpperLeft).draw().ok()?;
    root.present().ok()
}

fn draw_breakdown(canvas: web_sys::HtmlCanvasElement, eco: &Economics, rate: Option<f64>) -> Option<()> {
    let backend = CanvasBackend::with_canvas_object(canvas)?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).ok()?;
    let parts: Vec<[f64; 3]> = eco
        .platforms
        .iter()
        .map(|(_, c)| {
            let v = |m: hafen_core::costs::Money| m.in_eur(rate).map_or(0.0, |s| s.mid());
            [v(c.infrastructure), v(c.people), v(c.downtime)]
        })
        .collect();
    let top = parts.iter().map(|p| p.iter().sum::<f64>()).fold(1.0f64, f64::max) * 1.1;
    let mut chart = ChartBuilder::on(&root)
        .caption("Cost per month (EUR): infrastructure, people, downtime", ("sans-serif", 17))
        .margin(10)
        .x_label_area_size(34)
        .y_label_area_size(64)
        .build_cartesian_2d((0u32..2u32).into_segmented(), 0f64..top)
        .ok()?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(3)
        .x_label_formatter(&|x| match x {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => PLATFORMS.get(*i as usize).map(|k| k.label().to_string()).unwrap_or_default(),
            SegmentValue::Last => String::new(),
        })
        .y_label_formatter(&|v| format!("{v:.0}"))
        .y_desc("EUR")
        .label_style(("sans-serif", 13))
        .draw()
        .ok()?;
    let shades = [RGBColor(73, 80, 87), RGBColor(28, 126, 214), RGBColor(201, 42, 42)];
    let names = ["infrastructure", "people", "downtime"];
    for (k, (shade, name)) in shades.iter().zip(names).enumerate() {
        let bars = parts.iter().enumerate().map(|(i, p)| {
            let base: f64 = p.iter().take(k).sum();
            let x = i as u32;
            let mut r = Rectangle::new([(SegmentValue::Exact(x), base), (SegmentValue::Exact(x + 1), base + p.get(k).copied().unwrap_or(0.0))], shade.filled());
            r.set_margin(0, 0, 22, 22);
            r
        });
        let colour = *shade;
        chart.draw_series(bars).ok()?.label(name).legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled()));
    }
    chart.configure_series_labels().background_style(WHITE.mix(0.85)).border_style(BLACK).position(SeriesLabelPosition::UpperLeft).draw().ok()?;
    root.present().ok()
}

/// The two charts.
#[component]
pub fn CostChart(props: &CostChartProps) -> Html {
    let cumulative_ref = use_node_ref();
    let breakdown_ref = use_node_ref();
    {
        let (a, b) = (cumulative_ref.clone(), breakdown_ref.clone());
        let deps = (props.economics.clone(), props.horizon, props.usd_per_eur.map(f64::to_bits));
        use_effect_with(deps, move |(eco, horizon, rate)| {
            let rate = rate.map(f64::from_bits);
            if let Some(c) = a.cast::<web_sys::HtmlCanvasElement>() {
                let _ = draw_cumulative(c, eco, *horizon, rate);
            }
            if let Some(c) = b.cast::<web_sys::HtmlCanvasElement>() {
                let _ = draw_breakdown(c, eco, rate);
            }
        });
    }
    let needs_rate = matches!(props.economics.break_even, BreakEven::NeedsRate);
    html! {
        <div class="charts">
            if needs_rate {
                <p class="note">{"The charts need one currency: enter a USD per EUR rate."}</p>
            }
            <figure><canvas ref={cumulative_ref} class="chart cumulative" width="720" height="320" role="img" aria-label="Total cost over time per platform; the figures are in the cost table." /></figure>
            <figure><canvas ref={breakdown_ref} class="chart breakdown" width="520" height="320" role="img" aria-label="Monthly cost breakdown per platform; the figures are in the cost table." /></figure>
        </div>
    }
}
