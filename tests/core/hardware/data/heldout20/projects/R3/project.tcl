variable project_name
set project_name "myproject"
variable backend
set backend "vivado"
variable part
set part "xc7a200tfbg676-2"
variable clock_period
set clock_period 10
variable clock_uncertainty
set clock_uncertainty 12.5%
variable version
set version "1.0.0"
