package kz.sabaq.api.web;

/** A page core renders: a full {@link View} in the theme's layout or a {@link LightView}. */
public sealed interface Page permits View, LightView {
}
