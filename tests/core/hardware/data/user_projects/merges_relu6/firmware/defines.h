#ifndef DEFINES_H_
#define DEFINES_H_

#include "ap_fixed.h"
#include "ap_int.h"
#include "nnet_utils/nnet_types.h"
#include <array>
#include <cstddef>
#include <cstdio>
#include <tuple>
#include <tuple>


// hls-fpga-machine-learning insert numbers

// hls-fpga-machine-learning insert layer-precision
typedef ap_fixed<16,6> input_t;
typedef ap_fixed<35,15> fa_accum_t;
typedef ap_fixed<35,15> fa_result_t;
typedef ap_fixed<16,6> fa_weight_t;
typedef ap_fixed<16,6> fa_bias_t;
typedef ap_uint<1> layer2_index;
typedef ap_fixed<35,15> fb_accum_t;
typedef ap_fixed<35,15> fb_result_t;
typedef ap_fixed<16,6> fb_weight_t;
typedef ap_fixed<16,6> fb_bias_t;
typedef ap_uint<1> layer4_index;
typedef ap_fixed<16,6> layer6_t;
typedef ap_fixed<18,8> r6_table_t;
typedef ap_fixed<35,15> mx_result_t;
typedef ap_fixed<35,15> mn_result_t;
typedef ap_fixed<70,30> mu_result_t;
typedef ap_fixed<35,15> c1_result_t;
typedef ap_fixed<70,30> c2_result_t;
typedef ap_fixed<36,16> av_result_t;
typedef ap_fixed<36,16> sb_result_t;
typedef ap_fixed<70,30> c4_result_t;
typedef ap_fixed<36,16> c3_result_t;
typedef ap_fixed<70,30> cat_result_t;
typedef ap_fixed<92,42> out_accum_t;
typedef ap_fixed<92,42> result_t;
typedef ap_fixed<16,6> out_weight_t;
typedef ap_fixed<16,6> out_bias_t;
typedef ap_uint<1> layer17_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
