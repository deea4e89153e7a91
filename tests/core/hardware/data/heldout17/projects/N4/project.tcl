variable project_name
set project_name "Encoder"
variable backend
set backend "vivado"
variable part
set part "xcku15p-ffve1517-1-i"
variable clock_period
set clock_period 5
variable clock_uncertainty
set clock_uncertainty 12.5%
variable version
set version "1.0.0"
