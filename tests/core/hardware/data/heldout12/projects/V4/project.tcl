variable project_name
set project_name "hls_cnn_2d_100s"
variable backend
set backend "vivado"
variable part
set part "xcku5p-ffvb676-2-e"
variable clock_period
set clock_period 5
variable clock_uncertainty
set clock_uncertainty 12.5%
variable version
set version "1.0.0"
