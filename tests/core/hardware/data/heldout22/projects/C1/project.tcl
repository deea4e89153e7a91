variable project_name
set project_name "NN_final"
variable backend
set backend "vivado"
variable part
set part "xc7a35tcsg324"
variable clock_period
set clock_period 5
variable clock_uncertainty
set clock_uncertainty 12.5%
variable version
set version "1.0.0"
