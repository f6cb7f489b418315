//! fsconn: manage a FreeSWITCH conferencing system (library side).
pub mod esl;
pub mod sim;
