//! Recognisers: what an article states, found once per article as mentions.

pub mod quotes;
